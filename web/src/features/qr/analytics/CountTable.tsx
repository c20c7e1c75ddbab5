import { type ReactNode, useId } from 'react'
import type { CountRow } from './analytics-api.ts'
import { formatCount, formatPercent, shareOf, valueLabel } from './analytics-format.ts'

/**
 * One dimension of the scans (countries, cities, placements…): each value with its scans,
 * unique scanners and share of all scans, the most scanned first as the API sends them.
 */
export function CountTable({
  caption,
  heading,
  rows,
  total,
  label = valueLabel,
  empty = 'Nothing yet.',
}: {
  caption: string
  /** The first column's header, e.g. "Country". */
  heading: string
  rows: readonly CountRow[]
  total: number
  label?: (value: string) => ReactNode
  empty?: string
}) {
  const captionId = useId()
  return (
    <div className="qr-stats-table">
      <h3 id={captionId} className="qr-stats-table__title">
        {caption}
      </h3>
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        <section className="table-scroll" tabIndex={0} aria-labelledby={captionId}>
          <table className="data-table" aria-labelledby={captionId}>
            <thead>
              <tr>
                <th scope="col">{heading}</th>
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
                <tr key={row.value}>
                  <th scope="row">{label(row.value)}</th>
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
