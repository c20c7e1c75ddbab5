import { ChoiceSelect } from '../../app/components/ChoiceSelect.tsx'
import { TextField } from '../../app/components/TextField.tsx'
import { pathTo } from '../../app/router.ts'
import { CustomFieldInputs } from '../crm-fields/CustomFieldInputs.tsx'
import { OwnerBranchSelects } from '../crm-records/OwnerBranchSelects.tsx'
import { RecordFormFrame } from '../crm-records/RecordFormFrame.tsx'
import type { RecordChoices } from '../crm-records/useRecordChoices.ts'
import { useRecordForm } from '../crm-records/useRecordForm.ts'
import { LIFECYCLE_CHOICES } from '../crm-views/filter-fields.ts'
import type { ContactDraft } from './contact-draft.ts'
import { clashingContactId } from './contact-format.ts'

interface Props {
  mode: 'new' | 'edit'
  initial: ContactDraft
  choices: RecordChoices
  submitLabel: string
  /** Saves; a refusal (ApiProblem) is shown by the form. */
  onSubmit: (draft: ContactDraft) => Promise<void>
  onCancel?: () => void
  onSessionExpired: () => void
}

const CONSENTS = [
  { key: 'consentEmail', label: 'E-mail' },
  { key: 'consentWhatsapp', label: 'WhatsApp' },
  { key: 'consentSms', label: 'SMS' },
] as const

/** Every field of a contact, custom fields included; the server's refusals land on their fields. */
export function ContactForm({
  mode,
  initial,
  choices,
  submitLabel,
  onSubmit,
  onCancel,
  onSessionExpired,
}: Props) {
  const form = useRecordForm(initial, onSubmit, onSessionExpired)
  const { draft, set, textField, fieldError, problem } = form
  const clash = problem?.status === 409 ? clashingContactId(problem.problem.detail) : null

  return (
    <RecordFormFrame
      className="form contact-form"
      form={form}
      clash={
        clash ? { href: pathTo('contact', { contactId: clash }), label: 'Open the existing contact' } : null
      }
      submitLabel={submitLabel}
      onCancel={onCancel}
    >
      <TextField label="Name" required maxLength={200} {...textField('name')} />
      <div className="contact-form__row">
        <TextField label="E-mail" type="email" maxLength={254} {...textField('email')} />
        <TextField
          label="Phone"
          type="tel"
          maxLength={40}
          hint="With +country code, or choose the country below"
          {...textField('phone')}
        />
      </div>
      <div className="contact-form__row">
        <TextField
          label="Phone country (two letters, e.g. IN)"
          value={draft.phoneCountry}
          maxLength={2}
          autoComplete="off"
          onChange={(e) => set('phoneCountry', e.target.value)}
        />
        <TextField label="Job title" maxLength={120} {...textField('jobTitle')} />
      </div>
      <div className="contact-form__row">
        <ChoiceSelect
          label="Lifecycle stage"
          value={draft.lifecycleStage}
          keepUnknown
          onChange={(v) => set('lifecycleStage', v as ContactDraft['lifecycleStage'])}
          options={LIFECYCLE_CHOICES}
        />
        <OwnerBranchSelects
          mode={mode}
          choices={choices}
          value={draft}
          onChange={set}
          errorOf={fieldError}
          keepUnknown
        />
      </div>
      <TextField label="Tags" hint="Separate tags with commas" {...textField('tags')} />
      <fieldset className="checkbox-group">
        <legend>Agreed to be contacted by</legend>
        {CONSENTS.map(({ key, label }) => (
          <label key={key} className="checkbox">
            <input type="checkbox" checked={draft[key]} onChange={(e) => set(key, e.target.checked)} />
            {label}
          </label>
        ))}
      </fieldset>
      <CustomFieldInputs
        defs={choices.defs}
        value={draft.customFields}
        errors={form.customErrors}
        onChange={(v) => set('customFields', v)}
      />
    </RecordFormFrame>
  )
}
