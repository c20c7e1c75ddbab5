import { type FormEvent, useId, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { messageOf } from '../../app/useSession.ts'
import { type EndpointDraft, EndpointFields } from './EndpointFields.tsx'
import { fieldErrors } from './WebhooksPage.tsx'
import { updateWebhookEndpoint, type WebhookEndpoint } from './webhooks-api.ts'

/** Change where an endpoint points and what it hears. */
export function EditEndpointForm({
  endpoint,
  onSaved,
  onSessionExpired,
}: {
  endpoint: WebhookEndpoint
  onSaved: (endpoint: WebhookEndpoint) => void
  onSessionExpired: () => void
}) {
  const id = useId()
  const [draft, setDraft] = useState<EndpointDraft>({
    url: endpoint.url,
    description: endpoint.description,
    events: endpoint.events,
  })
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
        await updateWebhookEndpoint(endpoint.id, {
          url: draft.url.trim(),
          description: draft.description.trim(),
          events: draft.events,
        }),
      )
      setSaved('Saved.')
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
      <h2 id={`${id}-title`}>Settings</h2>
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
        Save changes
      </button>
      <p role="status" className="muted">
        {saved}
      </p>
    </form>
  )
}
