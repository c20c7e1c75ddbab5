import { useState } from 'react'
import type { Session } from '../../api/auth.ts'
import { LoadError } from '../../app/components/Notices.tsx'
import { ScrollTable } from '../../app/components/ScrollTable.tsx'
import { handleLinkClick, navigate, pathTo } from '../../app/router.ts'
import { useResource } from '../../app/useResource.ts'
import { emptyDraft } from './EndpointFields.tsx'
import { EndpointForm } from './EndpointForm.tsx'
import { SecretReveal } from './SecretReveal.tsx'
import { ENDPOINT_STATUS_LABELS } from './webhook-format.ts'
import {
  createWebhookEndpoint,
  listWebhookEndpoints,
  type WebhookEndpoint,
  type WebhookEndpointWithSecret,
} from './webhooks-api.ts'

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
      <EndpointForm
        title="Add an endpoint"
        submitLabel="Add endpoint"
        initial={emptyDraft()}
        save={createWebhookEndpoint}
        onSaved={setCreated}
        onSessionExpired={onSessionExpired}
      />
    </>
  )
}

function EndpointsTable({ endpoints }: { endpoints: WebhookEndpoint[] }) {
  return (
    <ScrollTable
      caption="Webhook endpoints, newest first"
      columns={['Endpoint', 'Events', 'Status', 'Failures in a row']}
    >
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
    </ScrollTable>
  )
}
