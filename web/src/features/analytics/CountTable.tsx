import { ScrollTable } from '../../app/components/ScrollTable.tsx'
import { ExportCsvLink } from '../qr/analytics/ExportCsvLink.tsx'
import { type AnalyticsParams, type CountRow, csvUrl } from './analytics-api.ts'
import { DIMENSIONS, formatCount, type ListedDimension, valueLabel } from './analytics-format.ts'

/**
 * The top values of one dimension (sources, countries…) with what each brought: page views,
 * QR scans, actions and leads, in the API's order (views + scans, then leads). The CSV has
 * every value, not only the top ten.
 */
export function CountTable({
  dimension,
  what,
  rows,
  params,
  onSessionExpired,
}: {
  dimension: ListedDimension
  /** The rows' name in the download link: "sources", "countries"… */
  what: string
  rows: readonly CountRow[]
  params: AnalyticsParams
  onSessionExpired: () => void
}) {
  const { title, heading } = DIMENSIONS[dimension]
  return (
    <div className="an-table-card">
      {rows.length === 0 ? (
        <>
          <h3 className="an-table-card__title">{title}</h3>
          <p className="muted">Nothing in this period.</p>
        </>
      ) : (
        <ScrollTable
          caption={title}
          className="data-table an-table"
          columns={[heading, 'Page views', 'Actions', 'QR scans', 'Leads']}
        >
          {rows.map((row) => (
            <tr key={row.value}>
              <th scope="row" className="an-cell-name">
                {valueLabel(dimension, row.value)}
              </th>
              <td className="an-num">{formatCount(row.views)}</td>
              <td className="an-num">{formatCount(row.actions)}</td>
              <td className="an-num">{formatCount(row.scans)}</td>
              <td className="an-num">{formatCount(row.leads)}</td>
            </tr>
          ))}
        </ScrollTable>
      )}
      <ExportCsvLink
        href={csvUrl('breakdown', params, { dimension })}
        what={what}
        onSessionExpired={onSessionExpired}
      />
    </div>
  )
}
