import { useCallback, useState } from 'react'
import type { Session } from '../../api/auth.ts'
import { ConfirmSection } from '../../app/components/ConfirmSection.tsx'
import { ActionOutcome, LoadError } from '../../app/components/Notices.tsx'
import { useAction } from '../../app/components/useAction.ts'
import { handleLinkClick, navigate, pathTo } from '../../app/router.ts'
import { useResource } from '../../app/useResource.ts'
import { EndpointForm } from './EndpointForm.tsx'
import { SecretReveal } from './SecretReveal.tsx'
import { WebhookDeliveries } from './WebhookDeliveries.tsx'
import { DELIVERY_STATUS_LABELS, ENDPOINT_STATUS_LABELS, formatTime } from './webhook-format.ts'
import {
  deleteWebhookEndpoint,
  enableWebhookEndpoint,
  getWebhookEndpoint,
  rotateWebhookSecret,
  sendWebhookTest,
  updateWebhookEndpoint,
} from './webhooks-api.ts'

/** One endpoint: its state, a test send, its settings and secret, its delivery log. */
export function WebhookPage({
  endpointId,
  session,
  onSessionExpired,
}: {
  endpointId: string
  session: Session
  onSessionExpired: () => void
}) {
  const load = useCallback((signal?: AbortSignal) => getWebhookEndpoint(endpointId, signal), [endpointId])
  const { data: endpoint, setData, error: loadError, reload } = useResource(load, onSessionExpired)
  const { status, error: actionError, pending, act } = useAction(onSessionExpired)
  const [secret, setSecret] = useState<string | null>(null)
  const [refreshKey, setRefreshKey] = useState(0)

  if (!session.permissions.includes('webhooks.manage')) {
    return (
      <>
        <h1 tabIndex={-1}>Webhook endpoint</h1>
        <p className="notice">Only owners and admins manage webhooks.</p>
      </>
    )
  }
  if (!endpoint) {
    return (
      <>
        <h1 tabIndex={-1}>Webhook endpoint</h1>
        {loadError ? (
          <LoadError onRetry={reload}>Could not load this endpoint. {loadError}</LoadError>
        ) : (
          <p role="status" className="muted">
            Loading the endpoint…
          </p>
        )}
      </>
    )
  }

  const active = endpoint.status === 'active'
  const sendTest = () =>
    act(async () => {
      const delivery = await sendWebhookTest(endpoint.id)
      setRefreshKey((k) => k + 1)
      const answer =
        delivery.responseStatus !== null ? `HTTP ${delivery.responseStatus}` : delivery.responseExcerpt
      return `Test event ${DELIVERY_STATUS_LABELS[delivery.status].toLowerCase()}: ${answer ?? 'no answer'}.`
    })
  const toggle = () =>
    act(async () => {
      setData(
        active
          ? await updateWebhookEndpoint(endpoint.id, { status: 'disabled' })
          : await enableWebhookEndpoint(endpoint.id),
      )
      return active ? 'Disabled: nothing is sent until you enable it.' : 'Enabled: new events are sent again.'
    })

  return (
    <>
      <div className="page-header">
        <h1 tabIndex={-1}>{endpoint.description || 'Webhook endpoint'}</h1>
        <a className="button button--quiet" href={pathTo('webhooks')} onClick={handleLinkClick}>
          All webhooks
        </a>
      </div>
      <ActionOutcome status={status} error={actionError} />
      {!active && endpoint.disabledReason && (
        <p className="notice notice--error">
          Disabled{endpoint.disabledAt ? ` on ${formatTime(endpoint.disabledAt)}` : ''}:{' '}
          {endpoint.disabledReason}. Fix the receiver, send a test, then enable it and replay what it missed.
        </p>
      )}
      <dl className="source-facts">
        <div>
          <dt>URL</dt>
          <dd className="cell-code">{endpoint.url}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            <span className="badge webhook-status" data-status={endpoint.status}>
              {ENDPOINT_STATUS_LABELS[endpoint.status]}
            </span>
          </dd>
        </div>
        <div>
          <dt>Failures in a row</dt>
          <dd>{endpoint.consecutiveFailures}</dd>
        </div>
        <div>
          <dt>Added</dt>
          <dd>
            <time dateTime={endpoint.createdAt}>{formatTime(endpoint.createdAt)}</time>
          </dd>
        </div>
      </dl>
      <div className="webhook-actions">
        <button
          type="button"
          className="button"
          aria-disabled={pending}
          onClick={() => !pending && void sendTest()}
        >
          Send a test event
        </button>
        <button
          type="button"
          className="button"
          aria-disabled={pending}
          onClick={() => !pending && void toggle()}
        >
          {active ? 'Disable' : 'Enable'}
          <span className="visually-hidden"> this endpoint</span>
        </button>
      </div>

      <WebhookDeliveries
        endpointId={endpoint.id}
        canReplay={active}
        refreshKey={refreshKey}
        onSessionExpired={onSessionExpired}
      />

      <EndpointForm
        title="Settings"
        submitLabel="Save changes"
        initial={{ url: endpoint.url, description: endpoint.description, events: endpoint.events }}
        save={(draft) => updateWebhookEndpoint(endpoint.id, draft)}
        onSaved={setData}
        savedText="Saved."
        onSessionExpired={onSessionExpired}
      />

      {secret ? (
        <SecretReveal
          secret={secret}
          title="New signing secret"
          doneLabel="I have updated the receiver"
          onDone={() => setSecret(null)}
        />
      ) : (
        <ConfirmSection
          title="Signing secret"
          description="Rotate it if it may have leaked. Deliveries are signed with the new one at once, so update the receiver right away."
          question="Rotate the signing secret now?"
          detail="The receiver will refuse deliveries until it has the new secret."
          confirmLabel="Rotate"
          onConfirm={() =>
            act(async () => {
              const result = await rotateWebhookSecret(endpoint.id)
              setData(result.endpoint)
              setSecret(result.secret)
              return 'A new secret was made; copy it now.'
            })
          }
        >
          Rotate the secret
        </ConfirmSection>
      )}

      <ConfirmSection
        danger
        title="Delete this endpoint"
        description="Nothing more is sent to it, and its delivery log is deleted with it."
        question="Delete this endpoint?"
        confirmLabel="Delete"
        onConfirm={() =>
          act(async () => {
            await deleteWebhookEndpoint(endpoint.id)
            navigate(pathTo('webhooks'))
            return 'Deleted.'
          })
        }
      >
        Delete
      </ConfirmSection>
    </>
  )
}
