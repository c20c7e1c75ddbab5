import { useId } from 'react'
import type { ChartRow } from './ResponseTimesChart.tsx'
import { minutesText, percentText } from './response-format.ts'

/** The numbers behind a chart, one row per branch or agent, with the total last. */
export function ResponseTimesTable({
  caption,
  heading,
  rows,
  total,
}: {
  caption: string
  heading: string
  rows: ChartRow[]
  total?: ChartRow
}) {
  const captionId = useId()
  const all = total ? [...rows, total] : rows
  return (
    <div className="qr-stats-table qr-stats-table--wide">
      <h2 id={captionId} className="qr-stats-table__title">
        {caption}
      </h2>
      {rows.length === 0 ? (
        <p className="muted">No leads in this period.</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        <section className="table-scroll" tabIndex={0} aria-labelledby={captionId}>
          <table className="data-table" aria-labelledby={captionId}>
            <thead>
              <tr>
                <th scope="col">{heading}</th>
                <th scope="col" className="qr-num">
                  Leads
                </th>
                <th scope="col" className="qr-num">
                  Answered
                </th>
                <th scope="col" className="qr-num">
                  Median
                </th>
                <th scope="col" className="qr-num">
                  90th percentile
                </th>
                <th scope="col" className="qr-num">
                  Breaches
                </th>
                <th scope="col" className="qr-num">
                  Within target
                </th>
              </tr>
            </thead>
            <tbody>
              {all.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.name}</th>
                  <td className="qr-num">{row.leads}</td>
                  <td className="qr-num">{row.responded}</td>
                  <td className="qr-num">{minutesText(row.medianMinutes)}</td>
                  <td className="qr-num">{minutesText(row.p90Minutes)}</td>
                  <td className="qr-num">{row.breaches}</td>
                  <td className="qr-num">{percentText(row.withinTargetPercent)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  )
}
