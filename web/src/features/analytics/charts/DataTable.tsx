import type { ReactNode } from 'react'

/**
 * The numbers behind a chart: a caption, column headings and rows whose first cell names the
 * row. Passed to EChart as its children; numeric columns are aligned to the end.
 */
export function DataTable({
  caption,
  columns,
  rows,
}: {
  caption: string
  columns: readonly string[]
  rows: readonly { key: string; cells: readonly ReactNode[] }[]
}) {
  return (
    <table className="data-table an-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column, i) => (
            <th key={column} scope="col" className={i > 0 ? 'an-num' : undefined}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <TableRows rows={rows} />
      </tbody>
    </table>
  )
}

/** Body rows whose first cell names the row (a row heading) and whose others are numbers. */
export function TableRows({
  rows,
  numClass = 'an-num',
}: {
  rows: readonly { key: string; cells: readonly ReactNode[] }[]
  numClass?: string
}) {
  return rows.map((row) => (
    <tr key={row.key}>
      {row.cells.map((cell, i) =>
        i === 0 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
          <th key={i} scope="row">
            {cell}
          </th>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
          <td key={i} className={numClass}>
            {cell}
          </td>
        ),
      )}
    </tr>
  ))
}
