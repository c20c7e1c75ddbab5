import { TextField } from '../../app/components/TextField.tsx'
import { TextAreaField } from '../brands/Field.tsx'
import { Checkbox } from '../builder/fields/Checkbox.tsx'
import type { Errors, FormDraft } from './form-draft.ts'

const DEFAULT_CONSENT =
  'I agree that this business may contact me about my enquiry and keep my details for that.'
const DEFAULT_MARKETING = 'Send me news and offers now and then. I can unsubscribe at any time.'

/** Consent and marketing wording, the spam check, and the words on and after the button. */
export function FormSettingsFields({
  draft,
  errors,
  set,
}: {
  draft: FormDraft
  errors: Errors
  set: (patch: Partial<FormDraft>) => void
}) {
  return (
    <>
      <fieldset className="field-group">
        <legend>Consent</legend>
        <p className="field-hint muted">
          Each lead keeps the exact words the visitor agreed to, with the time; changing the words makes a new
          version.
        </p>
        <Checkbox
          label="Ask the visitor to agree to be contacted"
          checked={draft.consent !== null}
          onChange={(on) => set({ consent: on ? { text: DEFAULT_CONSENT, required: true } : null })}
        />
        {draft.consent && (
          <>
            <TextAreaField
              label="Consent wording"
              value={draft.consent.text}
              maxLength={1000}
              rows={3}
              path="consent.text"
              errors={errors}
              onChange={(e) => set({ consent: { ...draft.consent!, text: e.target.value } })}
            />
            <Checkbox
              label="The box must be ticked to send"
              checked={draft.consent.required}
              onChange={(required) => set({ consent: { ...draft.consent!, required } })}
            />
          </>
        )}
        <Checkbox
          label="Offer a marketing opt-in (never ticked in advance)"
          checked={draft.marketing !== null}
          onChange={(on) => set({ marketing: on ? { text: DEFAULT_MARKETING } : null })}
        />
        {draft.marketing && (
          <TextAreaField
            label="Marketing opt-in wording"
            value={draft.marketing.text}
            maxLength={1000}
            rows={3}
            path="marketing.text"
            errors={errors}
            onChange={(e) => set({ marketing: { text: e.target.value } })}
          />
        )}
      </fieldset>
      <fieldset className="field-group">
        <legend>Sending</legend>
        <Checkbox
          label="Check for bots with Cloudflare Turnstile"
          hint="Visitors without JavaScript can still send; their leads are marked for a look."
          checked={draft.turnstile}
          onChange={(turnstile) => set({ turnstile })}
        />
        <TextField
          label="Button text (optional)"
          hint="Empty: the section's button text, else “Send”."
          value={draft.submitLabel}
          maxLength={40}
          error={errors.get('submitLabel')}
          onChange={(e) => set({ submitLabel: e.target.value })}
        />
        <TextAreaField
          label="Thank-you message (optional)"
          value={draft.successMessage}
          maxLength={400}
          rows={2}
          path="successMessage"
          errors={errors}
          onChange={(e) => set({ successMessage: e.target.value })}
        />
      </fieldset>
    </>
  )
}
