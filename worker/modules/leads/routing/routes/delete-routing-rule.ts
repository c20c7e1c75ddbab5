import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { deleteRoutingRule as remove } from '../rules.service.ts'

const route = createRoute({
  method: 'delete',
  path: '/routing-rules/{ruleId}',
  tags: ['Lead routing'],
  summary: 'Delete an assignment rule',
  description: 'Leads it assigned keep their owner.',
  middleware: [authenticate, requirePermission('routing.manage')] as const,
  request: { params: IdParam('ruleId', 'rrl_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: { 204: { description: 'Deleted' }, ...errorResponses },
})

export const deleteRoutingRule = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    await remove(tenantCtx(c), c.req.valid('param').ruleId)
    return c.body(null, 204)
  },
})
