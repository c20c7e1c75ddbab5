import { type FormEvent, useId, useState } from 'react'
import { ApiProblem, isUnauthorized } from '../../api/client.ts'
import { TextField } from '../../app/components/TextField.tsx'
import { handleLinkClick, pathTo } from '../../app/router.ts'
import { messageOf } from '../../app/useSession.ts'
import { CustomFieldInputs } from '../crm-fields/CustomFieldInputs.tsx'
import { searchCompanies } from '../deals/deals-api.ts'
import { RecordPicker } from '../deals/RecordPicker.tsx'
import { ChoiceSelect } from './ChoiceSelect.tsx'
import { type CompanyDraft, clashingCompanyId } from './company-draft.ts'
import type { CompanyChoices } from './useCompanyChoices.ts'

interface Props {
  mode: 'new' | 'edit'
  initial: CompanyDraft
  choices: CompanyChoices
  submitLabel: string
  /** The company being edited: it cannot be its own parent, so it is left out of the picker. */
  companyId?: string
  /** Saves; a refusal (ApiProblem) is shown by the form, on the fields it names. */
  onSubmit: (draft: CompanyDraft) => Promise<void>
  onCancel?: () => void
  onSessionExpired: () => void
}

/** Every field of a company, custom fields and the parent company included. */
export function CompanyForm({
  mode,
  initial,
  choices,
  submitLabel,
  companyId,
  onSubmit,
  onCancel,
  onSessionExpired,
}: Props) {
  const id = useId()
  const [draft, setDraft] = useState(initial)
  const [problem, setProblem] = useState<ApiProblem | null>(null)
  const [error, setError] = useState('')
  const [pending, setPending] = useState(false)
  const set = <K extends keyof CompanyDraft>(key: K, value: CompanyDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }))
  const fieldError = (name: string) => problem?.problem.errors?.find((e) => e.path === name)?.message
  const customErrors = Object.fromEntries((problem?.problem.errors ?? []).map((e) => [e.path, e.message]))
  const clash = problem?.status === 409 ? clashingCompanyId(problem.problem.detail) : null
  const parentSearch = async (q: string, signal?: AbortSignal) =>
    (await searchCompanies(q, signal)).filter((c) => c.id !== companyId)

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
      className="form company-form"
      onSubmit={submit}
      noValidate
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <div id={`${id}-error`} role="alert" className="form-error">
        {error}
        {clash && clash !== companyId && (
          <>
            {' '}
            <a href={pathTo('company', { companyId: clash })} onClick={handleLinkClick}>
              Open the company with this domain
            </a>
          </>
        )}
      </div>
      <TextField
        label="Name"
        required
        value={draft.name}
        maxLength={200}
        dir="auto"
        error={fieldError('name')}
        onChange={(e) => set('name', e.target.value)}
      />
      <div className="contact-form__row">
        <TextField
          label="Domain"
          hint="e.g. acme.com; a web address works too"
          value={draft.domain}
          maxLength={300}
          dir="ltr"
          autoComplete="off"
          error={fieldError('domain')}
          onChange={(e) => set('domain', e.target.value)}
        />
        <TextField
          label="Website"
          type="url"
          value={draft.website}
          maxLength={2000}
          dir="ltr"
          error={fieldError('website')}
          onChange={(e) => set('website', e.target.value)}
        />
      </div>
      <div className="contact-form__row">
        <TextField
          label="Industry"
          value={draft.industry}
          maxLength={120}
          dir="auto"
          error={fieldError('industry')}
          onChange={(e) => set('industry', e.target.value)}
        />
        <TextField
          label="Employees"
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
          value={draft.employees}
          error={fieldError('employees')}
          onChange={(e) => set('employees', e.target.value)}
        />
      </div>
      <div className="contact-form__row">
        <TextField
          label="Phone"
          type="tel"
          value={draft.phone}
          maxLength={40}
          hint="With +country code, or give the country below"
          error={fieldError('phone')}
          onChange={(e) => set('phone', e.target.value)}
        />
        <TextField
          label="Phone country (two letters, e.g. GB)"
          value={draft.phoneCountry}
          maxLength={2}
          autoComplete="off"
          error={fieldError('phoneCountry')}
          onChange={(e) => set('phoneCountry', e.target.value)}
        />
      </div>
      <div className="contact-form__row">
        <TextField
          label="City"
          value={draft.city}
          maxLength={120}
          dir="auto"
          error={fieldError('city')}
          onChange={(e) => set('city', e.target.value)}
        />
        <TextField
          label="Country"
          value={draft.country}
          maxLength={80}
          dir="auto"
          error={fieldError('country')}
          onChange={(e) => set('country', e.target.value)}
        />
      </div>
      <RecordPicker
        label="Parent company"
        value={draft.parent}
        onChange={(parent) => set('parent', parent)}
        search={parentSearch}
        error={fieldError('parentId')}
      />
      <div className="contact-form__row">
        <ChoiceSelect
          label="Owner"
          value={draft.ownerUserId}
          error={fieldError('ownerUserId')}
          onChange={(v) => set('ownerUserId', v)}
          options={[
            { value: '', label: mode === 'new' ? 'You' : 'Nobody' },
            ...choices.owners.filter((o) => mode === 'edit' || o.value !== choices.me),
          ]}
        />
        <ChoiceSelect
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
        dir="auto"
        error={fieldError('tags')}
        onChange={(e) => set('tags', e.target.value)}
      />
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
