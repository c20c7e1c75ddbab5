import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { deleteFunnel as remove } from '../funnels.service.ts'
import { FUNNEL_ID_EXAMPLE } from './responses.ts'

const route = createRoute({
  method: 'delete',
  path: '/analytics/funnels/{funnelId}',
  tags: ['Analytics'],
  summary: 'Delete a funnel',
  description: 'Only the definition goes; the events it counted stay.',
  middleware: [authenticate, requirePermission('analytics.manage')] as const,
  request: { params: IdParam('funnelId', FUNNEL_ID_EXAMPLE) },
  responses: { 204: { description: 'Deleted' }, ...errorResponses },
})

export const deleteFunnel = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    await remove(tenantCtx(c), c.req.valid('param').funnelId)
    return c.body(null, 204)
  },
})
