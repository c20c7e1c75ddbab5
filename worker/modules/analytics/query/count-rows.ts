// The most-used values of one or more dimensions, ranked in SQL so only the top rows leave D1:
// by views + scans, then leads, then actions, then the value itself (so ties read the same twice).
import { asc, inArray, lte, sql } from 'drizzle-orm'
import type { D1Db } from '../../../lib/d1.ts'
import type { CountRow } from '../analytics.schemas.ts'
import { analyticsDaily, type RollupDimension } from '../analytics.tables.ts'
import { type DaySpan, dailyRows, sumOf } from './rollup-sql.ts'
import type { AnalyticsScope } from './scope.ts'

export interface RankedRow extends CountRow {
  dimension: RollupDimension
}

const d = analyticsDaily

export async function rankedValues(
  db: D1Db,
  tenantId: string,
  scope: AnalyticsScope,
  dimensions: readonly RollupDimension[],
  span: DaySpan,
  limit: number,
): Promise<RankedRow[]> {
  if (scope.keys.length === 0) return []
  const ranked = db
    .select({
      dimension: d.dimension,
      value: d.value,
      views: sumOf(d.views).as('views'),
      actions: sumOf(d.actions).as('actions'),
      scans: sumOf(d.scans).as('scans'),
      leads: sumOf(d.leads).as('leads'),
      rank: sql<number>`row_number() over (partition by ${d.dimension} order by sum(${d.views}) + sum(${d.scans}) desc, sum(${d.leads}) desc, sum(${d.actions}) desc, ${d.value})`.as(
        'rank',
      ),
    })
    .from(d)
    .where(dailyRows(tenantId, scope, inArray(d.dimension, [...dimensions]), span))
    .groupBy(d.dimension, d.value)
    // Values only excluded traffic had carry nothing here (excluded events are in `excluded` alone).
    .having(sql`sum(${d.views}) + sum(${d.actions}) + sum(${d.scans}) + sum(${d.leads}) > 0`)
    .as('ranked')
  const rows = await db
    .select({
      dimension: ranked.dimension,
      value: ranked.value,
      views: ranked.views,
      actions: ranked.actions,
      scans: ranked.scans,
      leads: ranked.leads,
    })
    .from(ranked)
    .where(lte(ranked.rank, limit))
    .orderBy(asc(ranked.dimension), asc(ranked.rank))
  return rows.map((row) => ({ ...row, dimension: row.dimension as RollupDimension }))
}

export const countRow = ({ value, views, actions, scans, leads }: CountRow): CountRow => ({
  value,
  views,
  actions,
  scans,
  leads,
})
