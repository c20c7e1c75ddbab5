/**
 * The dashboard's first screen, and the scheduled reports' content: a period's totals and
 * daily series next to the period before, actions by type, what was excluded and why, and the
 * top values of the dimensions people ask about first. Three grouped reads of the rollups,
 * whatever the number of days or branches.
 */
import type { TenantCtx } from '../../../context.ts'
import type { CountRow, Overview, SeriesPoint, Totals } from '../analytics.schemas.ts'
import { ACTION_TYPES, EXCLUSIONS, type RollupDimension } from '../analytics.tables.ts'
import { countRow, rankedValues } from './count-rows.ts'
import { actionsAndExclusions, type DayTotals, dailyTotals, type SplitCount } from './daily-totals.ts'
import type { AnalyticsRange, DayRange } from './range.ts'
import { conversionRate } from './rollup-sql.ts'
import type { AnalyticsScope } from './scope.ts'

export const TOP_LIMIT = 10

const TOP_DIMENSIONS = {
  sources: 'source',
  referrers: 'referrer',
  campaigns: 'campaign',
  countries: 'country',
  cities: 'city',
  devices: 'device',
  placements: 'placement',
} as const satisfies Record<keyof Overview['top'], RollupDimension>

type ByDay = Map<string, DayTotals>

const point = (day: string, row: DayTotals | undefined): SeriesPoint => ({
  day,
  visitors: row?.visitors ?? 0,
  views: row?.views ?? 0,
  actions: row?.actions ?? 0,
  scans: row?.scans ?? 0,
  leads: row?.leads ?? 0,
})

function totalsOf(series: SeriesPoint[], byDay: ByDay): Totals {
  const sum = (pick: (p: SeriesPoint) => number) => series.reduce((n, p) => n + pick(p), 0)
  const visitors = sum((p) => p.visitors)
  const leads = sum((p) => p.leads)
  return {
    visitors,
    views: sum((p) => p.views),
    actions: sum((p) => p.actions),
    scans: sum((p) => p.scans),
    leads,
    conversionRate: conversionRate(leads, visitors),
    excluded: series.reduce((n, p) => n + (byDay.get(p.day)?.excluded ?? 0), 0),
  }
}

const seriesOf = (range: DayRange, byDay: ByDay) => range.days.map((day) => point(day, byDay.get(day)))

function actionCounts(split: SplitCount[], compared: boolean): Overview['actions'] {
  const found = new Map(split.filter((r) => r.dimension === 'action').map((r) => [r.value, r]))
  return ACTION_TYPES.map((type) => ({
    type,
    count: found.get(type)?.current ?? 0,
    previous: compared ? (found.get(type)?.previous ?? 0) : null,
  }))
}

function exclusionCounts(split: SplitCount[]): Overview['excluded'] {
  const found = new Map(split.filter((r) => r.dimension === 'excluded').map((r) => [r.value, r.current]))
  return EXCLUSIONS.map((reason) => ({ reason, count: found.get(reason) ?? 0 }))
}

function topsOf(rows: Awaited<ReturnType<typeof rankedValues>>): Overview['top'] {
  const of = (dimension: RollupDimension): CountRow[] =>
    rows.filter((row) => row.dimension === dimension).map(countRow)
  return Object.fromEntries(
    Object.entries(TOP_DIMENSIONS).map(([key, dimension]) => [key, of(dimension)]),
  ) as Overview['top']
}

export async function getOverview(
  ctx: TenantCtx,
  scope: AnalyticsScope,
  range: AnalyticsRange,
): Promise<Overview> {
  const { current, previous } = range
  // The comparison period ends the day before the current one starts: one span covers both.
  const whole = { from: previous?.from ?? current.from, to: current.to }
  const [days, tops, split] = await Promise.all([
    dailyTotals(ctx.d1, ctx.tenantId, scope, whole),
    rankedValues(ctx.d1, ctx.tenantId, scope, Object.values(TOP_DIMENSIONS), current, TOP_LIMIT),
    actionsAndExclusions(ctx.d1, ctx.tenantId, scope, whole, current.from),
  ])
  const byDay: ByDay = new Map(days.map((row) => [row.day, row]))
  const series = seriesOf(current, byDay)
  const previousSeries = previous ? seriesOf(previous, byDay) : null
  return {
    scope: { level: scope.level, id: scope.id, name: scope.name },
    period: { from: current.from, to: current.to },
    previousPeriod: previous ? { from: previous.from, to: previous.to } : null,
    totals: totalsOf(series, byDay),
    previousTotals: previousSeries ? totalsOf(previousSeries, byDay) : null,
    series,
    previousSeries,
    actions: actionCounts(split, previous !== null),
    excluded: exclusionCounts(split),
    top: topsOf(tops),
  }
}
