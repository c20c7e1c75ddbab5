// One dimension's values over a period, most used first (see count-rows.ts for the order).
import type { TenantCtx } from '../../../context.ts'
import type { Breakdown, BreakdownDimension } from '../analytics.schemas.ts'
import { countRow, rankedValues } from './count-rows.ts'
import type { AnalyticsRange } from './range.ts'
import { scopeInfo } from './rollup-sql.ts'
import type { AnalyticsScope } from './scope.ts'

export const BREAKDOWN_DEFAULT_LIMIT = 100
export const BREAKDOWN_MAX_LIMIT = 500

export async function getBreakdown(
  ctx: TenantCtx,
  scope: AnalyticsScope,
  range: AnalyticsRange,
  dimension: BreakdownDimension,
  limit: number,
): Promise<Breakdown> {
  const { current } = range
  const rows = await rankedValues(ctx.d1, ctx.tenantId, scope, [dimension], current, limit)
  return {
    scope: scopeInfo(scope),
    period: { from: current.from, to: current.to },
    dimension,
    rows: rows.map(countRow),
  }
}
