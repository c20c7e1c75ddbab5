// Reads of the `total` and small fixed dimensions, for a period and its comparison at once.
import { gte, inArray, sql } from 'drizzle-orm'
import type { D1Db } from '../../../lib/d1.ts'
import { analyticsDaily } from '../analytics.tables.ts'
import { type DaySpan, dailyRows, isDimension, sumOf, sumWhen } from './rollup-sql.ts'
import type { AnalyticsScope } from './scope.ts'

const d = analyticsDaily

export interface DayTotals {
  day: string
  visitors: number
  views: number
  actions: number
  scans: number
  leads: number
  excluded: number
}

/** The scope's totals per day that has any (days without a row had nothing). */
export async function dailyTotals(
  db: D1Db,
  tenantId: string,
  scope: AnalyticsScope,
  span: DaySpan,
): Promise<DayTotals[]> {
  if (scope.keys.length === 0) return []
  return db
    .select({
      day: d.day,
      visitors: sumOf(d.visitors),
      views: sumOf(d.views),
      actions: sumOf(d.actions),
      scans: sumOf(d.scans),
      leads: sumOf(d.leads),
      excluded: sumOf(d.excluded),
    })
    .from(d)
    .where(dailyRows(tenantId, scope, isDimension('total'), span))
    .groupBy(d.day)
}

export interface SplitCount {
  dimension: 'action' | 'excluded'
  value: string
  /** Actions (dimension action) or excluded events (dimension excluded) from `splitAt` on. */
  current: number
  /** The same before `splitAt`: the comparison period. */
  previous: number
}

/** Actions by type and exclusions by reason, split at the first day of the current period. */
export async function actionsAndExclusions(
  db: D1Db,
  tenantId: string,
  scope: AnalyticsScope,
  span: DaySpan,
  splitAt: string,
): Promise<SplitCount[]> {
  if (scope.keys.length === 0) return []
  // Action rows count in `actions`, exclusion rows only in `excluded`.
  const amount = sql`case when ${d.dimension} = 'action' then ${d.actions} else ${d.excluded} end`
  const rows = await db
    .select({
      dimension: d.dimension,
      value: d.value,
      current: sumWhen(gte(d.day, splitAt), amount),
      all: sumOf(amount),
    })
    .from(d)
    .where(dailyRows(tenantId, scope, inArray(d.dimension, ['action', 'excluded']), span))
    .groupBy(d.dimension, d.value)
  return rows.map((row) => ({
    dimension: row.dimension === 'action' ? 'action' : 'excluded',
    value: row.value,
    current: row.current,
    previous: row.all - row.current,
  }))
}
