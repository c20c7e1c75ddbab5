import { useId } from 'react'
import { formatBytes, formatWhen, SCOPE_LABELS, STATUS_LABELS } from './export-format.ts'
import type { DataExport } from './privacy-api.ts'

export function ExportsTable({ exports }: { exports: readonly DataExport[] }) {
  const captionId = useId()
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table">
        <caption id={captionId}>Your exports, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Export</th>
            <th scope="col">Requested</th>
            <th scope="col">Status</th>
            <th scope="col">Size</th>
          </tr>
        </thead>
        <tbody>
          {exports.map((e) => (
            <tr key={e.id}>
              <th scope="row">{SCOPE_LABELS[e.scope]}</th>
              <td className="nowrap">
                <time dateTime={e.createdAt}>{formatWhen(e.createdAt)}</time>
              </td>
              <td>
                <ExportStatus item={e} />
              </td>
              <td className="nowrap">{formatBytes(e.bytes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

function ExportStatus({ item }: { item: DataExport }) {
  const labelId = useId()
  if (item.status === 'queued' || item.status === 'running') {
    return (
      <div className="export-progress">
        <span id={labelId}>{STATUS_LABELS[item.status]}</span>
        <progress max={100} value={item.progress} aria-labelledby={labelId}>
          {item.progress}%
        </progress>
        <span className="muted" aria-hidden="true">
          {item.progress}%
        </span>
      </div>
    )
  }
  return (
    <>
      <span className={item.status === 'failed' ? 'badge badge--danger' : 'badge'}>
        {STATUS_LABELS[item.status]}
      </span>
      {item.error && <span className="muted"> {item.error}</span>}
    </>
  )
}
