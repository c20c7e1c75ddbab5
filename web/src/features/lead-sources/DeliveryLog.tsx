import { useId } from 'react'
import { LoadMore } from '../../app/components/LoadMore.tsx'
import { LoadError } from '../../app/components/Notices.tsx'
import { usePages } from '../../app/usePages.ts'
import { listDeliveries, type SourceDelivery } from './lead-sources-api.ts'
import { formatTime, OUTCOME_LABELS } from './source-kinds.ts'

const fetchPage = (sourceId: string, cursor: string | null, signal?: AbortSignal) =>
  listDeliveries(sourceId, cursor, signal)

/**
 * What the platform sent and what we answered, newest first. Bodies are shown as text (React
 * escapes them): a delivery is untrusted input, whatever it contains.
 */
export function DeliveryLog({
  sourceId,
  onSessionExpired,
}: {
  sourceId: string
  onSessionExpired: () => void
}) {
  const { items, nextCursor, phase, error, loadMore, retry } = usePages(sourceId, fetchPage, onSessionExpired)
  const captionId = useId()
  return (
    <section aria-labelledby={`${captionId}-title`}>
      <div className="page-header">
        <h2 id={`${captionId}-title`} className="section-title">
          Deliveries
        </h2>
        <button type="button" className="button button--quiet" onClick={retry}>
          Refresh<span className="visually-hidden"> the deliveries</span>
        </button>
      </div>
      {error && phase === 'failed' && (
        <LoadError onRetry={retry}>Could not load the deliveries. {error}</LoadError>
      )}
      <p role="status" className="muted">
        {phase === 'loading' ? 'Loading deliveries…' : ''}
      </p>
      {phase !== 'loading' && phase !== 'failed' && items.length === 0 && (
        <p className="empty-state">Nothing delivered yet. Send a test lead from the platform and refresh.</p>
      )}
      {items.length > 0 && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
          <table className="data-table delivery-log">
            <caption id={captionId}>Deliveries, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Outcome</th>
                <th scope="col">Answer</th>
                <th scope="col">Detail</th>
              </tr>
            </thead>
            <tbody>
              {items.map((d) => (
                <DeliveryRow key={d.id} delivery={d} />
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

function DeliveryRow({ delivery: d }: { delivery: SourceDelivery }) {
  return (
    <tr>
      <th scope="row">
        <time dateTime={d.createdAt}>{formatTime(d.createdAt)}</time>
      </th>
      <td>
        <span className="badge source-outcome" data-outcome={d.outcome}>
          {OUTCOME_LABELS[d.outcome]}
        </span>
      </td>
      <td>HTTP {d.httpStatus}</td>
      <td className="cell-wrap">
        {d.detail && <p className="delivery-log__detail">{d.detail}</p>}
        {d.externalId && <p className="muted">Platform id: {d.externalId}</p>}
        {d.excerpt && (
          <details>
            <summary>Body (first 2 KB)</summary>
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable excerpt must be reachable by keyboard */}
            <pre className="delivery-log__excerpt" tabIndex={0}>
              {d.excerpt}
            </pre>
          </details>
        )}
      </td>
    </tr>
  )
}
