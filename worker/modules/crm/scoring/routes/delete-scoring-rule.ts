import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { deleteRule } from '../rules.service.ts'

const route = createRoute({
  method: 'delete',
  path: '/scoring/rules/{scoringRuleId}',
  tags: ['Lead scoring'],
  summary: 'Remove a scoring rule',
  middleware: [authenticate, requirePermission('crm.manage')] as const,
  request: { params: IdParam('scoringRuleId', 'srul_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: { 204: { description: 'Removed' }, ...errorResponses },
})

export const deleteScoringRuleRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    await deleteRule(tenantCtx(c), c.req.valid('param').scoringRuleId)
    return c.body(null, 204)
  },
})
