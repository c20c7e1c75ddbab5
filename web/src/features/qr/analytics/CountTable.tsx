import { type ReactNode, useId } from 'react'
import type { CountRow } from './analytics-api.ts'
import { formatCount, formatPercent, shareOf, valueLabel } from './analytics-format.ts'

/** A column between the row's name and its numbers (the top codes' placement). */
export interface ExtraColumn<R> {
  heading: string
  cell: (row: R) => ReactNode
}

/**
 * One dimension of the scans (countries, cities, placements, codes…): each value with its scans,
 * unique scanners and share of all scans, the most scanned first as the API sends them.
 */
export function CountTable<R extends CountRow>({
  caption,
  heading,
  rows,
  total,
  label = (row) => valueLabel(row.value),
  rowKey = (row) => row.value,
  extra,
  wide = false,
  empty = 'Nothing yet.',
}: {
  caption: string
  /** The first column's header, e.g. "Country". */
  heading: string
  rows: readonly R[]
  total: number
  label?: (row: R) => ReactNode
  rowKey?: (row: R) => string
  extra?: ExtraColumn<R>
  wide?: boolean
  empty?: string
}) {
  const captionId = useId()
  return (
    <div className={wide ? 'qr-stats-table qr-stats-table--wide' : 'qr-stats-table'}>
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
                {extra && <th scope="col">{extra.heading}</th>}
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
                <tr key={rowKey(row)}>
                  <th scope="row">{label(row)}</th>
                  {extra && <td>{extra.cell(row)}</td>}
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
