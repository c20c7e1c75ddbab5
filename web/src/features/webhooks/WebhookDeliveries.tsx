import { useCallback, useState } from 'react'
import { ActionOutcome } from '../../app/components/Notices.tsx'
import { PagedList, RefreshableSection } from '../../app/components/PagedList.tsx'
import { ScrollTable } from '../../app/components/ScrollTable.tsx'
import { useAction } from '../../app/components/useAction.ts'
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
  const pages = usePages(query, fetchQuery, onSessionExpired)
  const [replayed, setReplayed] = useState<Record<string, WebhookDelivery>>({})
  const { status, error: actionError, act } = useAction(onSessionExpired)

  const replay = (delivery: WebhookDelivery) =>
    act(async () => {
      const queued = await replayWebhookDelivery(endpointId, delivery.id)
      setReplayed((prev) => ({ ...prev, [queued.id]: queued }))
      return `Replay of ${delivery.eventType} queued. Refresh to see how it went.`
    })

  return (
    <RefreshableSection
      title="Deliveries"
      refreshLabel="the deliveries"
      onRefresh={() => {
        setReplayed({})
        pages.retry()
      }}
    >
      <ActionOutcome status={status} error={actionError} />
      <PagedList
        pages={pages}
        loadingText="Loading deliveries…"
        failureText="Could not load the deliveries."
        empty="Nothing sent yet. Use “Send a test event” to try the receiver."
      >
        <ScrollTable
          caption="Deliveries, newest first"
          className="data-table delivery-log"
          columns={['Created', 'Event', 'Status', 'Attempts', 'Answer', 'Actions']}
        >
          {pages.items.map((d) => (
            <DeliveryRow
              key={d.id}
              endpointId={endpointId}
              delivery={replayed[d.id] ?? d}
              canReplay={canReplay}
              onReplay={replay}
            />
          ))}
        </ScrollTable>
      </PagedList>
    </RefreshableSection>
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
  onReplay: (d: WebhookDelivery) => Promise<boolean>
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
