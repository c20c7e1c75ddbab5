import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { Live } from '../analytics.schemas.ts'
import { AnalyticsQuery } from '../query/analytics-query.ts'
import { getLive } from '../query/live.service.ts'
import { resolveScope } from '../query/scope.ts'

const LiveQuery = AnalyticsQuery.pick({ brandId: true, branchId: true, siteId: true })

const route = createRoute({
  method: 'get',
  path: '/analytics/live',
  tags: ['Analytics'],
  summary: 'Visitors on the pages right now',
  description:
    "Distinct visitors with a page view, action, scan or lead in the last five minutes, for a branch (`branchId` or `siteId`), a brand or the organisation; members limited to some branches see theirs. Counted live by the tenant's hub, not from rollups. API keys need the `analytics:read` scope.",
  middleware: [authenticate, requirePermission('analytics.read')] as const,
  request: { query: LiveQuery },
  responses: { 200: jsonResponse(Live, 'The live count'), ...errorResponses },
})

export const analyticsLive = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const ctx = tenantCtx(c)
    const scope = await resolveScope(ctx, c.req.valid('query'))
    return c.json(await getLive(ctx, scope), 200)
  },
})
