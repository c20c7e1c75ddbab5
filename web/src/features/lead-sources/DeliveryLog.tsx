import { PagedList, RefreshableSection } from '../../app/components/PagedList.tsx'
import { ScrollTable } from '../../app/components/ScrollTable.tsx'
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
  const pages = usePages(sourceId, fetchPage, onSessionExpired)
  return (
    <RefreshableSection title="Deliveries" refreshLabel="the deliveries" onRefresh={pages.retry}>
      <PagedList
        pages={pages}
        loadingText="Loading deliveries…"
        failureText="Could not load the deliveries."
        empty="Nothing delivered yet. Send a test lead from the platform and refresh."
      >
        <ScrollTable
          caption="Deliveries, newest first"
          className="data-table delivery-log"
          columns={['Time', 'Outcome', 'Answer', 'Detail']}
        >
          {pages.items.map((d) => (
            <DeliveryRow key={d.id} delivery={d} />
          ))}
        </ScrollTable>
      </PagedList>
    </RefreshableSection>
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
