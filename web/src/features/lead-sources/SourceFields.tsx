import { useId } from 'react'
import { TextField } from '../../app/components/TextField.tsx'
import type { SourceKind } from './lead-sources-api.ts'

export interface SourceDraft {
  kind: SourceKind
  name: string
  branchId: string
  pageId: string
  organizationId: string
  phoneNumberId: string
  displayPhone: string
  accessToken: string
  acceptTestLeads: boolean
  mapping: { name: string; email: string; phone: string; message: string }
}

export const emptyDraft = (branchId = ''): SourceDraft => ({
  kind: 'google_ads',
  name: '',
  branchId,
  pageId: '',
  organizationId: '',
  phoneNumberId: '',
  displayPhone: '',
  accessToken: '',
  acceptTestLeads: true,
  mapping: { name: 'name', email: 'email', phone: 'phone', message: 'message' },
})

/** The settings the API takes for the draft's kind (the rest of the draft is ignored). */
export function configOf(draft: SourceDraft) {
  switch (draft.kind) {
    case 'google_ads':
      return { kind: draft.kind, acceptTestLeads: draft.acceptTestLeads }
    case 'facebook':
      return { kind: draft.kind, pageId: draft.pageId.trim() }
    case 'linkedin':
      return { kind: draft.kind, organizationId: draft.organizationId.trim() }
    case 'whatsapp':
      return {
        kind: draft.kind,
        phoneNumberId: draft.phoneNumberId.trim(),
        ...(draft.displayPhone.trim() ? { displayPhone: draft.displayPhone.trim() } : {}),
      }
    case 'webhook':
      return { kind: draft.kind, mapping: draft.mapping }
  }
}

export const takesToken = (kind: SourceKind) => kind === 'facebook' || kind === 'linkedin'

/** The fields only some kinds have; `errors` is keyed by the API's error path. */
export function KindFields({
  draft,
  errors,
  onChange,
}: {
  draft: SourceDraft
  errors: Record<string, string>
  onChange: (patch: Partial<SourceDraft>) => void
}) {
  const id = useId()
  const mapping = (key: keyof SourceDraft['mapping'], value: string) =>
    onChange({ mapping: { ...draft.mapping, [key]: value } })
  return (
    <>
      {draft.kind === 'google_ads' && (
        <div className="checkbox">
          <input
            type="checkbox"
            id={`${id}-test-leads`}
            checked={draft.acceptTestLeads}
            onChange={(e) => onChange({ acceptTestLeads: e.target.checked })}
            aria-describedby={`${id}-test-leads-hint`}
          />
          <label htmlFor={`${id}-test-leads`}>Take Google’s test leads</label>
          <span id={`${id}-test-leads-hint`} className="muted">
            “Send test data” in Google Ads makes a lead marked test=true.
          </span>
        </div>
      )}
      {draft.kind === 'facebook' && (
        <TextField
          label="Facebook page id"
          hint="Digits only: the page’s About → Page transparency, or its URL in Meta Business Suite."
          inputMode="numeric"
          required
          value={draft.pageId}
          error={errors['config.pageId']}
          onChange={(e) => onChange({ pageId: e.target.value })}
        />
      )}
      {draft.kind === 'linkedin' && (
        <TextField
          label="LinkedIn organization id"
          hint="Digits only: the number in your company page’s admin URL (linkedin.com/company/<id>/admin)."
          inputMode="numeric"
          required
          value={draft.organizationId}
          error={errors['config.organizationId']}
          onChange={(e) => onChange({ organizationId: e.target.value })}
        />
      )}
      {takesToken(draft.kind) && (
        <TextField
          label={draft.kind === 'facebook' ? 'Page access token' : 'LinkedIn access token'}
          hint="Stored sealed and never shown again; used only to fetch each lead’s answers."
          type="password"
          autoComplete="off"
          required
          value={draft.accessToken}
          error={errors.accessToken}
          onChange={(e) => onChange({ accessToken: e.target.value })}
        />
      )}
      {draft.kind === 'whatsapp' && (
        <>
          <TextField
            label="WhatsApp phone number id"
            hint="From WhatsApp Manager → API setup (not the phone number itself)."
            inputMode="numeric"
            required
            value={draft.phoneNumberId}
            error={errors['config.phoneNumberId']}
            onChange={(e) => onChange({ phoneNumberId: e.target.value })}
          />
          <TextField
            label="Phone number as people see it (optional)"
            type="tel"
            value={draft.displayPhone}
            error={errors['config.displayPhone']}
            onChange={(e) => onChange({ displayPhone: e.target.value })}
          />
        </>
      )}
      {draft.kind === 'webhook' && (
        <fieldset className="source-mapping">
          <legend className="source-legend">Where the contact is in your JSON</legend>
          <p className="muted field-hint">
            Field names, with dots for nested ones (contact.email). Every other field is kept on the lead.
          </p>
          {(['name', 'email', 'phone', 'message'] as const).map((key) => (
            <TextField
              key={key}
              label={`${key[0]!.toUpperCase()}${key.slice(1)} field`}
              required
              value={draft.mapping[key]}
              error={errors[`config.mapping.${key}`]}
              onChange={(e) => mapping(key, e.target.value)}
            />
          ))}
        </fieldset>
      )}
    </>
  )
}
