// One dimension's values over a period, most used first (see count-rows.ts for the order).
import type { TenantCtx } from '../../../context.ts'
import type { Breakdown } from '../analytics.schemas.ts'
import type { RollupDimension } from '../analytics.tables.ts'
import { countRow, rankedValues } from './count-rows.ts'
import type { AnalyticsRange } from './range.ts'
import { scopeInfo } from './rollup-sql.ts'
import type { AnalyticsScope } from './scope.ts'

export const BREAKDOWN_DEFAULT_LIMIT = 100
export const BREAKDOWN_MAX_LIMIT = 500

/**
 * The dimensions whose rows carry views, actions, scans and leads. `excluded` rows carry only
 * the excluded count, which the overview already gives by reason.
 */
export const COUNTED_DIMENSIONS = [
  'source',
  'referrer',
  'campaign',
  'medium',
  'country',
  'city',
  'device',
  'os',
  'browser',
  'language',
  'path',
  'action',
  'placement',
] as const satisfies readonly RollupDimension[]
export type CountedDimension = (typeof COUNTED_DIMENSIONS)[number]

export async function getBreakdown(
  ctx: TenantCtx,
  scope: AnalyticsScope,
  range: AnalyticsRange,
  dimension: CountedDimension,
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
