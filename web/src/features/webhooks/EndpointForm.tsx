import { type FormEvent, useId, useState } from 'react'
import { ApiProblem, isUnauthorized } from '../../api/client.ts'
import { messageOf } from '../../app/useSession.ts'
import { type EndpointDraft, EndpointFields } from './EndpointFields.tsx'

/** The API's field errors by their first path segment (`events.0` → `events`). */
function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiProblem)) return {}
  return Object.fromEntries((error.problem.errors ?? []).map((e) => [e.path.split('.')[0] ?? '', e.message]))
}

/** The endpoint's fields, sent with `save`: the form that adds an endpoint and the one that changes it. */
export function EndpointForm<Saved>({
  title,
  submitLabel,
  initial,
  save,
  onSaved,
  savedText,
  onSessionExpired,
}: {
  title: string
  submitLabel: string
  initial: EndpointDraft
  save: (draft: EndpointDraft) => Promise<Saved>
  onSaved: (saved: Saved) => void
  /** Announced after a save; without it the form says nothing (what follows replaces it). */
  savedText?: string
  onSessionExpired: () => void
}) {
  const id = useId()
  const [draft, setDraft] = useState<EndpointDraft>(initial)
  const [pending, setPending] = useState(false)
  const [formError, setFormError] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [saved, setSaved] = useState('')

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    setPending(true)
    setFormError('')
    setErrors({})
    setSaved('')
    try {
      onSaved(
        await save({
          url: draft.url.trim(),
          description: draft.description.trim(),
          events: draft.events,
        }),
      )
      setSaved(savedText ?? '')
    } catch (error) {
      if (isUnauthorized(error)) return onSessionExpired()
      setFormError(messageOf(error))
      setErrors(fieldErrors(error))
    } finally {
      setPending(false)
    }
  }

  return (
    <form className="form" onSubmit={submit} aria-busy={pending} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <div id={`${id}-error`} role="alert" className="form-error">
        {formError}
      </div>
      <EndpointFields
        draft={draft}
        errors={errors}
        formErrorId={`${id}-error`}
        onChange={(patch) => setDraft((prev) => ({ ...prev, ...patch }))}
      />
      <button type="submit" className="button button--primary" aria-disabled={pending}>
        {submitLabel}
      </button>
      {savedText !== undefined && (
        <p role="status" className="muted">
          {saved}
        </p>
      )}
    </form>
  )
}
