import { type FormEvent, useId, useRef, useState } from 'react'
import { ApiProblem, isUnauthorized } from '../../api/client.ts'
import { TextField } from '../../app/components/TextField.tsx'
import { messageOf } from '../../app/useSession.ts'
import { FieldList } from './FieldList.tsx'
import { FormSettingsFields } from './FormSettingsFields.tsx'
import { describePath, draftOf, type Errors, type FormDraft } from './form-draft.ts'
import { type LeadForm, updateForm } from './forms-api.ts'

/** One form's name, fields and settings, saved together; the server's errors land beside each field. */
export function FormEditor({
  form,
  canManage,
  onSaved,
  onUnauthorized,
}: {
  form: LeadForm
  canManage: boolean
  onSaved: (form: LeadForm) => void
  onUnauthorized: () => void
}) {
  const id = useId()
  const [draft, setDraft] = useState<FormDraft>(() => draftOf(form))
  const [errors, setErrors] = useState<Errors>(new Map())
  const [formError, setFormError] = useState('')
  const [status, setStatus] = useState('')
  const [pending, setPending] = useState(false)
  const summaryRef = useRef<HTMLDivElement>(null)
  const set = (patch: Partial<FormDraft>) => setDraft((prev) => ({ ...prev, ...patch }))

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (pending || !canManage) return
    setPending(true)
    setStatus('')
    try {
      const saved = await updateForm(form.id, draft)
      setErrors(new Map())
      setFormError('')
      setDraft(draftOf(saved))
      setStatus('Saved. The live page shows it now.')
      onSaved(saved)
    } catch (cause) {
      if (isUnauthorized(cause)) return onUnauthorized()
      const problem = cause instanceof ApiProblem ? cause.problem : null
      setErrors(new Map((problem?.errors ?? []).map((e) => [e.path, e.message])))
      setFormError(`Not saved. ${messageOf(cause)}`)
      requestAnimationFrame(() => summaryRef.current?.focus())
    } finally {
      setPending(false)
    }
  }

  return (
    <form
      className="form lead-form-editor"
      aria-labelledby={`${id}-title`}
      aria-busy={pending}
      onSubmit={submit}
      noValidate
    >
      <h2 id={`${id}-title`} className="visually-hidden">
        Edit {form.name}
      </h2>
      <div ref={summaryRef} role="alert" className="form-error" tabIndex={-1}>
        {formError && (
          <>
            <p>{formError}</p>
            {errors.size > 0 && (
              <ul>
                {[...errors].map(([path, message]) => (
                  <li key={path}>
                    {describePath(path, draft)}: {message}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
      {!canManage && (
        <p className="notice">You can view this form; changing it needs an owner, admin or manager.</p>
      )}
      <fieldset className="lead-form-editor__fields" disabled={!canManage}>
        <TextField
          label="Form name"
          hint="For you and your team; visitors do not see it."
          value={draft.name}
          maxLength={80}
          error={errors.get('name')}
          onChange={(e) => set({ name: e.target.value })}
        />
        <FieldList fields={draft.fields} errors={errors} onChange={(fields) => set({ fields })} />
        <FormSettingsFields draft={draft} errors={errors} set={set} />
        <div className="button-row lead-form-editor__save">
          <button type="submit" className="button button--primary" aria-disabled={pending}>
            {pending ? 'Saving…' : 'Save form'}
          </button>
          <p role="status" className="muted">
            {status}
          </p>
        </div>
      </fieldset>
    </form>
  )
}
