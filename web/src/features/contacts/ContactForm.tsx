import { type FormEvent, useId, useState } from 'react'
import { ApiProblem, isUnauthorized } from '../../api/client.ts'
import { TextField } from '../../app/components/TextField.tsx'
import { handleLinkClick, pathTo } from '../../app/router.ts'
import { messageOf } from '../../app/useSession.ts'
import { CustomFieldInputs } from '../crm-fields/CustomFieldInputs.tsx'
import { LIFECYCLE_CHOICES } from '../crm-views/filter-fields.ts'
import type { ContactDraft } from './contact-draft.ts'
import { clashingContactId } from './contact-format.ts'
import type { ContactChoices } from './useContactChoices.ts'

interface Props {
  mode: 'new' | 'edit'
  initial: ContactDraft
  choices: ContactChoices
  submitLabel: string
  /** Saves; a refusal (ApiProblem) is shown by the form. */
  onSubmit: (draft: ContactDraft) => Promise<void>
  onCancel?: () => void
  onSessionExpired: () => void
}

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
  const id = useId()
  const [draft, setDraft] = useState(initial)
  const [problem, setProblem] = useState<ApiProblem | null>(null)
  const [error, setError] = useState('')
  const [pending, setPending] = useState(false)
  const set = <K extends keyof ContactDraft>(key: K, value: ContactDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }))
  const fieldError = (name: string) => problem?.problem.errors?.find((e) => e.path === name)?.message
  const customErrors = Object.fromEntries((problem?.problem.errors ?? []).map((e) => [e.path, e.message]))
  const clash = problem?.status === 409 ? clashingContactId(problem.problem.detail) : null

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    setPending(true)
    setProblem(null)
    setError('')
    try {
      await onSubmit(draft)
    } catch (cause) {
      if (isUnauthorized(cause)) onSessionExpired()
      else if (cause instanceof ApiProblem) setProblem(cause)
      setError(messageOf(cause))
    } finally {
      setPending(false)
    }
  }

  return (
    <form
      className="form contact-form"
      onSubmit={submit}
      noValidate
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <div id={`${id}-error`} role="alert" className="form-error">
        {error}
        {clash && (
          <>
            {' '}
            <a href={pathTo('contact', { contactId: clash })} onClick={handleLinkClick}>
              Open the existing contact
            </a>
          </>
        )}
      </div>
      <TextField
        label="Name"
        required
        value={draft.name}
        maxLength={200}
        error={fieldError('name')}
        onChange={(e) => set('name', e.target.value)}
      />
      <div className="contact-form__row">
        <TextField
          label="E-mail"
          type="email"
          value={draft.email}
          maxLength={254}
          error={fieldError('email')}
          onChange={(e) => set('email', e.target.value)}
        />
        <TextField
          label="Phone"
          type="tel"
          value={draft.phone}
          maxLength={40}
          hint="With +country code, or choose the country below"
          error={fieldError('phone')}
          onChange={(e) => set('phone', e.target.value)}
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
        <TextField
          label="Job title"
          value={draft.jobTitle}
          maxLength={120}
          error={fieldError('jobTitle')}
          onChange={(e) => set('jobTitle', e.target.value)}
        />
      </div>
      <div className="contact-form__row">
        <Select
          label="Lifecycle stage"
          value={draft.lifecycleStage}
          onChange={(v) => set('lifecycleStage', v as ContactDraft['lifecycleStage'])}
          options={LIFECYCLE_CHOICES}
        />
        <Select
          label="Owner"
          value={draft.ownerUserId}
          error={fieldError('ownerUserId')}
          onChange={(v) => set('ownerUserId', v)}
          options={[
            { value: '', label: mode === 'new' ? 'You' : 'Nobody' },
            ...choices.owners.filter((o) => mode === 'edit' || o.value !== choices.me),
          ]}
        />
        <Select
          label="Branch"
          value={draft.branchId}
          error={fieldError('branchId')}
          onChange={(v) => set('branchId', v)}
          options={[{ value: '', label: 'Whole organisation' }, ...choices.branches]}
        />
      </div>
      <TextField
        label="Tags"
        hint="Separate tags with commas"
        value={draft.tags}
        error={fieldError('tags')}
        onChange={(e) => set('tags', e.target.value)}
      />
      <fieldset className="checkbox-group">
        <legend>Agreed to be contacted by</legend>
        {(['consentEmail', 'consentWhatsapp', 'consentSms'] as const).map((key) => (
          <label key={key} className="checkbox">
            <input type="checkbox" checked={draft[key]} onChange={(e) => set(key, e.target.checked)} />
            {key === 'consentEmail' ? 'E-mail' : key === 'consentWhatsapp' ? 'WhatsApp' : 'SMS'}
          </label>
        ))}
      </fieldset>
      <CustomFieldInputs
        defs={choices.defs}
        value={draft.customFields}
        errors={customErrors}
        onChange={(v) => set('customFields', v)}
      />
      <div className="button-row">
        <button type="submit" className="button button--primary" aria-disabled={pending}>
          {pending ? 'Saving…' : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  )
}

function Select({
  label,
  value,
  options,
  error,
  onChange,
}: {
  label: string
  value: string
  options: readonly { value: string; label: string }[]
  error?: string
  onChange: (value: string) => void
}) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        {!options.some((o) => o.value === value) && <option value={value}>Current choice</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  )
}
