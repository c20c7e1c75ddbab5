import { useId } from 'react'
import type { BrandChoice, QrBatch } from './bulk-api.ts'
import { formatBytes, formatWhen, STATUS_LABELS } from './bulk-format.ts'

/** The latest batches, newest first, each with its ZIP while it is kept (seven days). */
export function RecentBatches({
  batches,
  brands,
}: {
  batches: readonly QrBatch[]
  brands: readonly BrandChoice[]
}) {
  const captionId = useId()
  const source = (batch: QrBatch) => {
    if (batch.source === 'csv') return 'CSV of placements'
    const brand = brands.find((b) => b.id === batch.brandId)?.name
    return brand ? `Every branch of ${brand}` : 'Every branch'
  }
  if (batches.length === 0) return <p className="empty-state">No batches yet.</p>
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table">
        <caption id={captionId}>Recent batches, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Started</th>
            <th scope="col">Codes for</th>
            <th scope="col">Codes</th>
            <th scope="col">Status</th>
            <th scope="col">ZIP</th>
          </tr>
        </thead>
        <tbody>
          {batches.map((batch) => (
            <tr key={batch.id}>
              <th scope="row" className="nowrap">
                <time dateTime={batch.createdAt}>{formatWhen(batch.createdAt)}</time>
              </th>
              <td>{source(batch)}</td>
              <td>{batch.status === 'running' ? `${batch.done} of ${batch.total}` : batch.total}</td>
              <td>
                <span className={batch.status === 'failed' ? 'badge badge--danger' : 'badge'}>
                  {STATUS_LABELS[batch.status]}
                </span>
                {batch.error && <span className="muted"> {batch.error}</span>}
              </td>
              <td className="nowrap">
                {batch.downloadUrl ? (
                  <>
                    <a href={batch.downloadUrl} download>
                      Download
                      <span className="visually-hidden"> the ZIP of {formatWhen(batch.createdAt)}</span>
                    </a>{' '}
                    <span className="muted">{formatBytes(batch.archiveBytes)}</span>
                  </>
                ) : batch.status === 'done' ? (
                  <span className="muted">Expired</span>
                ) : (
                  <span className="muted">Not yet</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
