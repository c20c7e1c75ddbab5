import { useCallback, useId, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { LoadMore } from '../../app/components/LoadMore.tsx'
import { ActionOutcome, LoadError } from '../../app/components/Notices.tsx'
import { usePages } from '../../app/usePages.ts'
import { messageOf } from '../../app/useSession.ts'
import { DELIVERY_STATUS_LABELS, formatTime } from './webhook-format.ts'
import {
  getWebhookDelivery,
  listWebhookDeliveries,
  replayWebhookDelivery,
  type WebhookDelivery,
} from './webhooks-api.ts'

const fetchPage = (endpointId: string, cursor: string | null, signal?: AbortSignal) =>
  listWebhookDeliveries(endpointId, cursor, signal)

/**
 * What was sent and how the receiver answered, newest first, with a replay for settled
 * deliveries. Answers are shown as text (React escapes them): they are the receiver's, untrusted.
 */
export function WebhookDeliveries({
  endpointId,
  canReplay,
  refreshKey,
  onSessionExpired,
}: {
  endpointId: string
  canReplay: boolean
  /** Changes when something outside (a test send) added a delivery. */
  refreshKey: number
  onSessionExpired: () => void
}) {
  const query = `${endpointId}#${refreshKey}`
  const fetchQuery = useCallback(
    (_: string, cursor: string | null, signal?: AbortSignal) => fetchPage(endpointId, cursor, signal),
    [endpointId],
  )
  const { items, nextCursor, phase, error, loadMore, retry } = usePages(query, fetchQuery, onSessionExpired)
  const [replayed, setReplayed] = useState<Record<string, WebhookDelivery>>({})
  const [status, setStatus] = useState('')
  const [actionError, setActionError] = useState('')
  const captionId = useId()

  async function replay(delivery: WebhookDelivery) {
    setActionError('')
    try {
      const queued = await replayWebhookDelivery(endpointId, delivery.id)
      setReplayed((prev) => ({ ...prev, [queued.id]: queued }))
      setStatus(`Replay of ${delivery.eventType} queued. Refresh to see how it went.`)
    } catch (cause) {
      if (isUnauthorized(cause)) onSessionExpired()
      else setActionError(messageOf(cause))
    }
  }

  return (
    <section aria-labelledby={`${captionId}-title`}>
      <div className="page-header">
        <h2 id={`${captionId}-title`} className="section-title">
          Deliveries
        </h2>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            setReplayed({})
            retry()
          }}
        >
          Refresh<span className="visually-hidden"> the deliveries</span>
        </button>
      </div>
      <ActionOutcome status={status} error={actionError} />
      {error && phase === 'failed' && (
        <LoadError onRetry={retry}>Could not load the deliveries. {error}</LoadError>
      )}
      <p role="status" className="muted">
        {phase === 'loading' ? 'Loading deliveries…' : ''}
      </p>
      {phase !== 'loading' && phase !== 'failed' && items.length === 0 && (
        <p className="empty-state">Nothing sent yet. Use “Send a test event” to try the receiver.</p>
      )}
      {items.length > 0 && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
          <table className="data-table delivery-log">
            <caption id={captionId}>Deliveries, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Created</th>
                <th scope="col">Event</th>
                <th scope="col">Status</th>
                <th scope="col">Attempts</th>
                <th scope="col">Answer</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {items.map((d) => (
                <DeliveryRow
                  key={d.id}
                  endpointId={endpointId}
                  delivery={replayed[d.id] ?? d}
                  canReplay={canReplay}
                  onReplay={replay}
                />
              ))}
            </tbody>
          </table>
        </section>
      )}
      {error && phase !== 'failed' && (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      )}
      {nextCursor && phase !== 'failed' && (
        <LoadMore loading={phase === 'loading-more'} onLoadMore={() => void loadMore()} />
      )}
    </section>
  )
}

function DeliveryRow({
  endpointId,
  delivery: d,
  canReplay,
  onReplay,
}: {
  endpointId: string
  delivery: WebhookDelivery
  canReplay: boolean
  onReplay: (d: WebhookDelivery) => Promise<void>
}) {
  const [payload, setPayload] = useState<string | null>(null)
  const [pending, setPending] = useState(false)
  const settled = d.status === 'succeeded' || d.status === 'failed'

  async function showPayload() {
    if (payload !== null) return setPayload(null)
    try {
      const detail = await getWebhookDelivery(endpointId, d.id)
      setPayload(JSON.stringify(detail.payload, null, 2))
    } catch (cause) {
      setPayload(`Could not load the payload: ${messageOf(cause)}`)
    }
  }

  return (
    <tr>
      <th scope="row">
        <time dateTime={d.createdAt}>{formatTime(d.createdAt)}</time>
      </th>
      <td>
        <code>{d.eventType}</code>
        {d.test && <span className="badge badge--muted"> Test</span>}
      </td>
      <td>
        <span className="badge webhook-delivery" data-status={d.status}>
          {DELIVERY_STATUS_LABELS[d.status]}
        </span>
        {d.status === 'retrying' && d.nextAttemptAt && (
          <span className="muted">
            {' '}
            next at <time dateTime={d.nextAttemptAt}>{formatTime(d.nextAttemptAt)}</time>
          </span>
        )}
      </td>
      <td>{d.attempts}</td>
      <td className="cell-wrap">
        {d.responseStatus !== null ? `HTTP ${d.responseStatus}` : d.attempts > 0 ? 'No answer' : '–'}
        {d.durationMs !== null && <span className="muted"> · {d.durationMs} ms</span>}
        {d.responseExcerpt && (
          <details>
            <summary>Answer (first 1 KB)</summary>
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
            <pre className="delivery-log__excerpt" tabIndex={0}>
              {d.responseExcerpt}
            </pre>
          </details>
        )}
        {payload !== null && (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
          <pre className="delivery-log__excerpt" tabIndex={0}>
            {payload}
          </pre>
        )}
      </td>
      <td className="webhook-delivery__actions">
        <button
          type="button"
          className="button button--quiet"
          aria-expanded={payload !== null}
          onClick={showPayload}
        >
          {payload === null ? 'Payload' : 'Hide payload'}
          <span className="visually-hidden"> of this {d.eventType} delivery</span>
        </button>
        {canReplay && settled && (
          <button
            type="button"
            className="button"
            aria-disabled={pending}
            onClick={async () => {
              if (pending) return
              setPending(true)
              await onReplay(d)
              setPending(false)
            }}
          >
            Replay<span className="visually-hidden"> this {d.eventType} delivery</span>
          </button>
        )}
      </td>
    </tr>
  )
}
