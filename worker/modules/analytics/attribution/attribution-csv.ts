import type { Attribution } from '../analytics.schemas.ts'
import type { CsvView } from '../query/csv-view.ts'

/** One line per key with every model's credit, as on screen. */
export function attributionCsv(report: Attribution): CsvView {
  return {
    view: `attribution-${report.groupBy}`,
    period: report.period,
    header: [report.groupBy, 'first_touch', 'last_touch', 'linear', 'time_decay'],
    rows: report.rows.map((row) => [row.key, row.first, row.last, row.linear, row.timeDecay]),
  }
}
