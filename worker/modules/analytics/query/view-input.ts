// What every analytics view starts from: the days asked for (checked first: it needs no
// reads) and whose numbers, which refuses other tenants' ids and branches outside the member's.
import type { TenantCtx } from '../../../context.ts'
import type { AnalyticsQuery } from './analytics-query.ts'
import { type AnalyticsRange, analyticsRange } from './range.ts'
import { type AnalyticsScope, resolveScope } from './scope.ts'

export async function viewInput(
  ctx: TenantCtx,
  query: AnalyticsQuery,
): Promise<{ scope: AnalyticsScope; range: AnalyticsRange }> {
  const range = analyticsRange(query, ctx.now())
  const scope = await resolveScope(ctx, query)
  return { scope, range }
}
