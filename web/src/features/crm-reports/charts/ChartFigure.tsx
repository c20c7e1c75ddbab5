import { type ReactNode, useId, useState } from 'react'
import { ScrollTable } from '../../../app/components/ScrollTable.tsx'
import { TableRows } from '../../analytics/charts/DataTable.tsx'
import type { ChartNames } from './ChartSvg.tsx'

/** The numbers behind a chart: a caption, column headings, and rows whose first cell names the row. */
export interface ChartTable {
  caption: string
  columns: string[]
  rows: { key: string; cells: ReactNode[] }[]
}

/**
 * A chart with its words: the title names the picture, the summary describes it, and the same
 * numbers are in a table, read by screen readers under the chart and shown in its place with
 * "Show as table". `chart` draws the SVG, labelled and described by the ids it is given.
 */
export function ChartFigure({
  title,
  summary,
  legend,
  table,
  chart,
}: {
  title: string
  summary: string
  legend?: ReactNode
  table: ChartTable
  chart: (names: ChartNames) => ReactNode
}) {
  const id = useId()
  const [asTable, setAsTable] = useState(false)
  return (
    <figure className="report-chart" aria-labelledby={`${id}-title`}>
      <div className="report-chart__head">
        <figcaption id={`${id}-title`} className="report-chart__title">
          {title}
        </figcaption>
        <button
          type="button"
          className="button button--quiet report-chart__toggle"
          aria-pressed={asTable}
          onClick={() => setAsTable((shown) => !shown)}
        >
          Show as table
        </button>
      </div>
      {asTable ? (
        <ScrollTable
          className="data-table report-table--narrow"
          caption={table.caption}
          columns={table.columns}
        >
          <TableRows rows={table.rows} numClass="report-num" />
        </ScrollTable>
      ) : (
        <>
          {legend}
          {chart({ labelledBy: `${id}-title`, describedBy: `${id}-summary`, title })}
          <p id={`${id}-summary`} className="report-chart__summary muted">
            {summary}
          </p>
          {/* A table ignores a 1px width, and its overflow would widen a phone's page: the box clips it. */}
          <div className="visually-hidden">
            <table>
              <caption>{table.caption}</caption>
              <thead>
                <tr>
                  {table.columns.map((column) => (
                    <th key={column} scope="col">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <TableRows rows={table.rows} numClass="report-num" />
              </tbody>
            </table>
          </div>
        </>
      )}
    </figure>
  )
}

/** A legend for sighted readers (the table says the same to screen readers). */
export function Legend({ items }: { items: { label: string; className: string }[] }) {
  return (
    <ul className="report-chart__legend" aria-hidden="true">
      {items.map((item) => (
        <li key={item.label}>
          <span className={`report-chart__key ${item.className}`} /> {item.label}
        </li>
      ))}
    </ul>
  )
}
