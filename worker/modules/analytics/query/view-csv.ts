// Each dashboard view as the rows of its CSV: the JSON's rows and values in the JSON's order, so
// a download matches the screen; headers are the field names in snake_case, like every export.
import type { Breakdown, Heatmap, League, Overview, SeriesPoint } from '../analytics.schemas.ts'
import type { CsvView } from './csv-view.ts'

const SERIES = ['day', 'visitors', 'views', 'actions', 'scans', 'leads'] as const
const COUNTS = ['views', 'actions', 'scans', 'leads'] as const
const previousName = (key: string) => `previous_${key}`
const seriesCells = (p: SeriesPoint) => SERIES.map((key) => p[key])

/** The daily series, with the comparison period's day alongside when there is one. */
export function overviewCsv(o: Overview): CsvView {
  const previous = o.previousSeries
  return {
    view: 'overview',
    period: o.period,
    header: previous ? [...SERIES, ...SERIES.map(previousName)] : SERIES,
    rows: o.series.map((p, i) =>
      previous ? [...seriesCells(p), ...seriesCells(previous[i]!)] : seriesCells(p),
    ),
  }
}

export const breakdownCsv = (b: Breakdown): CsvView => ({
  view: `breakdown-${b.dimension}`,
  period: b.period,
  header: [b.dimension, ...COUNTS],
  rows: b.rows.map((row) => [row.value, ...COUNTS.map((key) => row[key])]),
})

export const heatmapCsv = (h: Heatmap): CsvView => ({
  view: 'heatmap',
  period: h.period,
  header: ['weekday', 'hour', ...COUNTS],
  rows: h.cells.map((cell) => [cell.weekday, cell.hour, ...COUNTS.map((key) => cell[key])]),
})

const LEAGUE = [
  'branchId',
  'name',
  'brandId',
  'visitors',
  'views',
  'actions',
  'scans',
  'leads',
  'conversionRate',
  'previous',
] as const
const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

export const leagueCsv = (l: League): CsvView => ({
  view: 'league',
  period: l.period,
  header: LEAGUE.map(snake),
  rows: l.rows.map((row) => LEAGUE.map((key) => row[key])),
})
