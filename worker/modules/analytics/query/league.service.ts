/**
 * Branches side by side: every branch the member may see in the brand (or organisation), with
 * its totals from its own `total` rollup rows, in one grouped read whatever their number.
 */
import { and, between, eq, gte, isNull, lt, or, sql } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import { branches } from '../../brands/index.ts'
import type { League } from '../analytics.schemas.ts'
import { analyticsDaily } from '../analytics.tables.ts'
import type { AnalyticsRange } from './range.ts'
import { conversionRate, inKeys, ofTenant, scopeInfo, sumWhen } from './rollup-sql.ts'
import type { AnalyticsScope } from './scope.ts'

export const LEAGUE_SORTS = ['views', 'visitors', 'leads', 'conversionRate', 'scans'] as const
export type LeagueSort = (typeof LEAGUE_SORTS)[number]

type LeagueRow = League['rows'][number]
const d = analyticsDaily

function branchesIn(ctx: TenantCtx, scope: AnalyticsScope) {
  const ids = scope.level === 'branch' ? [scope.id] : scope.branchIds
  return and(
    eq(branches.tenantId, ctx.tenantId),
    ids ? inKeys(branches.id, ids) : undefined,
    scope.level === 'brand' && scope.brandId ? eq(branches.brandId, scope.brandId) : undefined,
  )
}

function leagueRows(ctx: TenantCtx, scope: AnalyticsScope, range: AnalyticsRange) {
  const { current, previous } = range
  const now = gte(d.day, current.from)
  const before = lt(d.day, current.from)
  const views = sumWhen(now, d.views)
  const scans = sumWhen(now, d.scans)
  return (
    ctx.d1
      .select({
        branchId: branches.id,
        name: branches.name,
        brandId: branches.brandId,
        visitors: sumWhen(now, d.visitors),
        views,
        actions: sumWhen(now, d.actions),
        scans,
        leads: sumWhen(now, d.leads),
        previous: sumWhen(before, sql`${d.views} + ${d.scans}`),
      })
      .from(branches)
      .leftJoin(
        d,
        and(
          eq(d.scope, branches.id),
          ofTenant(d.tenantId, ctx.tenantId),
          eq(d.dimension, 'total'),
          between(d.day, previous?.from ?? current.from, current.to),
        ),
      )
      .where(branchesIn(ctx, scope))
      .groupBy(branches.id)
      // A closed branch stays in the league for the periods it had visitors in.
      .having(
        or(
          isNull(branches.archivedAt),
          sql`${views} + ${scans} + ${sumWhen(now, d.actions)} + ${sumWhen(now, d.leads)} > 0`,
        ),
      )
  )
}

const sortValue = (row: LeagueRow, sort: LeagueSort) => row[sort]

export async function getLeague(
  ctx: TenantCtx,
  scope: AnalyticsScope,
  range: AnalyticsRange,
  sort: LeagueSort,
): Promise<League> {
  const found = await leagueRows(ctx, scope, range)
  const compared = range.previous !== null
  const rows: LeagueRow[] = found.map((row) => ({
    ...row,
    conversionRate: conversionRate(row.leads, row.visitors),
    previous: compared ? row.previous : null,
  }))
  rows.sort(
    (a, b) =>
      sortValue(b, sort) - sortValue(a, sort) ||
      a.name.localeCompare(b.name) ||
      a.branchId.localeCompare(b.branchId),
  )
  return { scope: scopeInfo(scope), period: { from: range.current.from, to: range.current.to }, rows }
}
