// When people come: the period's hourly rollups folded onto a week (Monday first) in a time zone.
import { and, eq, gte, lt } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import { branches } from '../../brands/index.ts'
import type { Heatmap } from '../analytics.schemas.ts'
import { analyticsHourly } from '../analytics.tables.ts'
import type { AnalyticsRange } from './range.ts'
import { inKeys, ofTenant, scopeInfo, sumOf } from './rollup-sql.ts'
import type { AnalyticsScope } from './scope.ts'
import { canonicalZone, zoneClock } from './zone-clock.ts'

const HOUR_MS = 3_600_000
const h = analyticsHourly

type Cell = Heatmap['cells'][number]

/**
 * The scope's own clock: a branch's zone, or the zone every branch in the brand or organisation
 * shares; UTC when they differ (brands have no zone of their own).
 */
export async function defaultZone(ctx: TenantCtx, scope: AnalyticsScope): Promise<string> {
  const ids = scope.level === 'branch' ? [scope.id] : scope.branchIds
  const zones = await ctx.d1
    .selectDistinct({ zone: branches.timezone })
    .from(branches)
    .where(
      and(
        eq(branches.tenantId, ctx.tenantId),
        ids ? inKeys(branches.id, ids) : undefined,
        scope.level === 'brand' && scope.brandId ? eq(branches.brandId, scope.brandId) : undefined,
      ),
    )
    .limit(2)
  return (zones.length === 1 && canonicalZone(zones[0]!.zone)) || 'UTC'
}

function hourlyTotals(ctx: TenantCtx, scope: AnalyticsScope, range: AnalyticsRange) {
  return ctx.d1
    .select({
      hour: h.hour,
      views: sumOf(h.views),
      actions: sumOf(h.actions),
      scans: sumOf(h.scans),
      leads: sumOf(h.leads),
    })
    .from(h)
    .where(
      and(
        ofTenant(h.tenantId, ctx.tenantId),
        inKeys(h.scope, scope.keys),
        gte(h.hour, range.current.start.getTime() / HOUR_MS),
        lt(h.hour, range.current.end.getTime() / HOUR_MS),
      ),
    )
    .groupBy(h.hour)
}

/** `timeZone` must already be valid (the query schema checks it); undefined: `defaultZone`. */
export async function getHeatmap(
  ctx: TenantCtx,
  scope: AnalyticsScope,
  range: AnalyticsRange,
  timeZone: string | undefined,
): Promise<Heatmap> {
  const [zone, rows] = await Promise.all([
    timeZone ? (canonicalZone(timeZone) ?? 'UTC') : defaultZone(ctx, scope),
    scope.keys.length > 0 ? hourlyTotals(ctx, scope, range) : [],
  ])
  const cells: Cell[] = Array.from({ length: 7 * 24 }, (_, i) => ({
    weekday: Math.floor(i / 24),
    hour: i % 24,
    views: 0,
    actions: 0,
    scans: 0,
    leads: 0,
  }))
  const place = zoneClock(zone)
  for (const row of rows) {
    const { weekday, hour } = place(row.hour)
    const cell = cells[weekday * 24 + hour]!
    cell.views += row.views
    cell.actions += row.actions
    cell.scans += row.scans
    cell.leads += row.leads
  }
  return {
    scope: scopeInfo(scope),
    period: { from: range.current.from, to: range.current.to },
    timeZone: zone,
    cells,
  }
}
