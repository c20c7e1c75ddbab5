// The deal reports as tables for CSV and Excel: the first table is the CSV, all are sheets.
import type { ReportCell, ReportColumn, ReportTable } from './report-export.ts'
import { majorUnits } from './report-math.ts'
import type { ForecastReport, PipelineReport, SalesReport, WinLossReport } from './reports.schemas.ts'

const col = (header: string, kind: ReportColumn['kind'] = 'text'): ReportColumn => ({ header, kind })
const money = (minor: number | null, currency: string): ReportCell =>
  minor === null ? null : majorUnits(minor, currency)
const days = (seconds: number | null) =>
  seconds === null ? null : Math.round((seconds / 86_400) * 100) / 100

/** An owner as a table names them. */
export const ownerLabel = (id: string | null, name: string | null) =>
  name ?? (id ? 'Former member' : 'No owner')
export const bucketLabel = (bucket: string) => (bucket === 'overdue' ? 'Overdue' : bucket)

const WON_LOST = [
  col('Won deals', 'integer'),
  col('Won amount', 'money'),
  col('Lost deals', 'integer'),
  col('Lost amount', 'money'),
  col('Win rate', 'percent'),
]
type WonLost = SalesReport['byCurrency'][number] | WinLossReport['summary'][number]
const wonLostCells = (r: WonLost): ReportCell[] => [
  r.wonCount,
  money(r.wonAmountMinor, r.currency),
  r.lostCount,
  money(r.lostAmountMinor, r.currency),
  r.winRate,
]

export function salesTables(r: SalesReport): ReportTable[] {
  return [
    {
      name: 'Won per period',
      columns: [
        col('Period start', 'date'),
        col('Currency'),
        col('Won deals', 'integer'),
        col('Won amount', 'money'),
      ],
      rows: r.series.map((s) => [s.period, s.currency, s.wonCount, money(s.wonAmountMinor, s.currency)]),
    },
    {
      name: 'By owner',
      columns: [
        col('Owner'),
        col('Currency'),
        ...WON_LOST,
        col('Average deal', 'money'),
        col('Average cycle (days)', 'decimal'),
      ],
      rows: r.rows.map((o) => [
        ownerLabel(o.ownerUserId, o.ownerName),
        o.currency,
        ...wonLostCells(o),
        money(o.averageDealMinor, o.currency),
        o.averageCycleDays,
      ]),
    },
    {
      name: 'By currency',
      columns: [col('Currency'), ...WON_LOST, col('Average deal', 'money')],
      rows: r.byCurrency.map((c) => [c.currency, ...wonLostCells(c), money(c.averageDealMinor, c.currency)]),
    },
  ]
}

export function pipelineTables(r: PipelineReport): ReportTable[] {
  const stageName = new Map(r.rows.map((s) => [s.stageId, s.name]))
  return [
    {
      name: 'Stages',
      columns: [
        col('Stage'),
        col('Kind'),
        col('Win probability', 'percent'),
        col('Entered', 'integer'),
        col('Moved further', 'integer'),
        col('Conversion', 'percent'),
        col('Moves out', 'integer'),
        col('Average days in stage', 'decimal'),
        col('Median days in stage', 'decimal'),
      ],
      rows: r.rows.map((s) => [
        s.name,
        s.kind,
        s.winProbability / 100,
        s.entered,
        s.advanced,
        s.conversionRate,
        s.exits,
        days(s.averageSecondsInStage),
        days(s.medianSecondsInStage),
      ]),
    },
    {
      name: 'Open deals by stage',
      columns: [
        col('Stage'),
        col('Currency'),
        col('Open deals', 'integer'),
        col('Amount', 'money'),
        col('Weighted amount', 'money'),
      ],
      rows: r.open.map((o) => [
        stageName.get(o.stageId) ?? o.stageId,
        o.currency,
        o.openCount,
        money(o.amountMinor, o.currency),
        money(o.weightedAmountMinor, o.currency),
      ]),
    },
  ]
}

export function winLossTables(r: WinLossReport): ReportTable[] {
  const wonLostColumns = [col('Currency'), ...WON_LOST]
  return [
    {
      name: 'By reason',
      columns: [
        col('Outcome'),
        col('Reason'),
        col('Currency'),
        col('Deals', 'integer'),
        col('Amount', 'money'),
      ],
      rows: r.reasons.map((x) => [
        x.status === 'won' ? 'Won' : 'Lost',
        x.reason ?? 'No reason given',
        x.currency,
        x.count,
        money(x.amountMinor, x.currency),
      ]),
    },
    {
      name: 'By owner',
      columns: [col('Owner'), ...wonLostColumns],
      rows: r.owners.map((o) => [ownerLabel(o.ownerUserId, o.ownerName), o.currency, ...wonLostCells(o)]),
    },
    {
      name: 'By contact source',
      columns: [col('Source'), ...wonLostColumns],
      rows: r.sources.map((s) => [s.source ?? 'Unknown', s.currency, ...wonLostCells(s)]),
    },
    {
      name: 'Summary',
      columns: wonLostColumns,
      rows: r.summary.map((s) => [s.currency, ...wonLostCells(s)]),
    },
  ]
}

export function forecastTables(r: ForecastReport): ReportTable[] {
  const amounts = [col('Deals', 'integer'), col('Amount', 'money'), col('Weighted amount', 'money')]
  const amountCells = (x: {
    count: number
    amountMinor: number
    weightedAmountMinor: number
    currency: string
  }): ReportCell[] => [x.count, money(x.amountMinor, x.currency), money(x.weightedAmountMinor, x.currency)]
  return [
    {
      name: 'By month',
      columns: [col('Expected close'), col('Currency'), ...amounts],
      rows: r.series.map((s) => [bucketLabel(s.bucket), s.currency, ...amountCells(s)]),
    },
    {
      name: 'By owner and month',
      columns: [col('Owner'), col('Expected close'), col('Currency'), ...amounts],
      rows: r.rows.map((o) => [
        ownerLabel(o.ownerUserId, o.ownerName),
        bucketLabel(o.bucket),
        o.currency,
        ...amountCells(o),
      ]),
    },
    {
      name: 'By owner',
      columns: [
        col('Owner'),
        col('Currency'),
        ...amounts,
        col('Won this month', 'integer'),
        col('Won amount this month', 'money'),
      ],
      rows: r.owners.map((o) => [
        ownerLabel(o.ownerUserId, o.ownerName),
        o.currency,
        ...amountCells(o),
        o.committedCount,
        money(o.committedAmountMinor, o.currency),
      ]),
    },
  ]
}
