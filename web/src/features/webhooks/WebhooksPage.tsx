import { type FormEvent, useId, useState } from 'react'
import type { Session } from '../../api/auth.ts'
import { ApiProblem, isUnauthorized } from '../../api/client.ts'
import { LoadError } from '../../app/components/Notices.tsx'
import { handleLinkClick, navigate, pathTo } from '../../app/router.ts'
import { useResource } from '../../app/useResource.ts'
import { messageOf } from '../../app/useSession.ts'
import { type EndpointDraft, EndpointFields, emptyDraft } from './EndpointFields.tsx'
import { SecretReveal } from './SecretReveal.tsx'
import { ENDPOINT_STATUS_LABELS } from './webhook-format.ts'
import {
  createWebhookEndpoint,
  listWebhookEndpoints,
  type WebhookEndpoint,
  type WebhookEndpointWithSecret,
} from './webhooks-api.ts'

/** The API's field errors by their first path segment (`events.0` → `events`). */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiProblem)) return {}
  return Object.fromEntries((error.problem.errors ?? []).map((e) => [e.path.split('.')[0] ?? '', e.message]))
}

/** Every address the organisation's lead events go to, and a form to add one. */
export function WebhooksPage({
  session,
  onSessionExpired,
}: {
  session: Session
  onSessionExpired: () => void
}) {
  const canManage = session.permissions.includes('webhooks.manage')
  const endpoints = useResource(listWebhookEndpoints, onSessionExpired)
  const [created, setCreated] = useState<WebhookEndpointWithSecret | null>(null)

  if (!canManage) {
    return (
      <>
        <h1 tabIndex={-1}>Webhooks</h1>
        <p className="notice">Only owners and admins manage webhooks.</p>
      </>
    )
  }
  if (created) {
    const endpointId = created.endpoint.id
    return (
      <>
        <h1 tabIndex={-1}>Webhooks</h1>
        <SecretReveal
          secret={created.secret}
          title="Endpoint added"
          doneLabel="Go to the endpoint"
          onDone={() => navigate(pathTo('webhook', { endpointId }))}
        />
      </>
    )
  }
  return (
    <>
      <h1 tabIndex={-1}>Webhooks</h1>
      <p className="muted">
        Vitrine POSTs lead events, signed, to your own systems: a CRM, a sheet, Zapier or Make. Failed
        deliveries are retried for about a day and a half; each endpoint keeps a log you can replay from.
      </p>
      {endpoints.error && (
        <LoadError onRetry={endpoints.reload}>Could not load the endpoints. {endpoints.error}</LoadError>
      )}
      <p role="status" className="muted">
        {endpoints.data === null && !endpoints.error ? 'Loading endpoints…' : ''}
      </p>
      {endpoints.data?.length === 0 && (
        <p className="empty-state">No endpoints yet. Add the first one below.</p>
      )}
      {endpoints.data && endpoints.data.length > 0 && <EndpointsTable endpoints={endpoints.data} />}
      <NewEndpointForm onCreated={setCreated} onSessionExpired={onSessionExpired} />
    </>
  )
}

function EndpointsTable({ endpoints }: { endpoints: WebhookEndpoint[] }) {
  const captionId = useId()
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table">
        <caption id={captionId}>Webhook endpoints, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Endpoint</th>
            <th scope="col">Events</th>
            <th scope="col">Status</th>
            <th scope="col">Failures in a row</th>
          </tr>
        </thead>
        <tbody>
          {endpoints.map((endpoint) => (
            <tr key={endpoint.id}>
              <th scope="row" className="cell-wrap">
                <a href={pathTo('webhook', { endpointId: endpoint.id })} onClick={handleLinkClick}>
                  {endpoint.description || endpoint.url}
                </a>
                {endpoint.description && <span className="muted cell-code">{endpoint.url}</span>}
              </th>
              <td className="cell-wrap">{endpoint.events.join(', ')}</td>
              <td>
                <span className="badge webhook-status" data-status={endpoint.status}>
                  {ENDPOINT_STATUS_LABELS[endpoint.status]}
                </span>
              </td>
              <td>{endpoint.consecutiveFailures}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

function NewEndpointForm({
  onCreated,
  onSessionExpired,
}: {
  onCreated: (result: WebhookEndpointWithSecret) => void
  onSessionExpired: () => void
}) {
  const id = useId()
  const [draft, setDraft] = useState<EndpointDraft>(emptyDraft)
  const [pending, setPending] = useState(false)
  const [formError, setFormError] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    setPending(true)
    setFormError('')
    setErrors({})
    try {
      onCreated(
        await createWebhookEndpoint({
          url: draft.url.trim(),
          description: draft.description.trim(),
          events: draft.events,
        }),
      )
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
      <h2 id={`${id}-title`}>Add an endpoint</h2>
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
        Add endpoint
      </button>
    </form>
  )
}
