import { useId } from 'react'
import { handleLinkClick, pathTo } from '../../../app/router.ts'
import type { CodeRow } from './analytics-api.ts'
import { formatCount, formatPercent, shareOf } from './analytics-format.ts'

/** The most scanned codes of a branch or brand, each linking to its own analytics. */
export function CodesTable({
  rows,
  total,
  search,
}: {
  rows: readonly CodeRow[]
  total: number
  search: string
}) {
  const captionId = useId()
  return (
    <div className="qr-stats-table qr-stats-table--wide">
      <h3 id={captionId} className="qr-stats-table__title">
        Top codes
      </h3>
      {rows.length === 0 ? (
        <p className="muted">No code was scanned in this period.</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        <section className="table-scroll" tabIndex={0} aria-labelledby={captionId}>
          <table className="data-table" aria-labelledby={captionId}>
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Placement</th>
                <th scope="col" className="qr-num">
                  Scans
                </th>
                <th scope="col" className="qr-num">
                  Unique
                </th>
                <th scope="col" className="qr-num">
                  Share
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.codeId}>
                  <th scope="row">
                    <a
                      href={`${pathTo('qr-code-analytics', { qrCodeId: row.codeId })}${search}`}
                      onClick={handleLinkClick}
                    >
                      {row.label}
                    </a>
                  </th>
                  <td>{row.placement ?? <span className="muted">None</span>}</td>
                  <td className="qr-num">{formatCount(row.scans)}</td>
                  <td className="qr-num">{formatCount(row.uniques)}</td>
                  <td className="qr-num">{formatPercent(shareOf(row.scans, total))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  )
}
