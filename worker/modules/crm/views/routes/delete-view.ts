import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam } from '../../../../lib/router.ts'
import { authenticate, requirePermission, requireUser, userActor } from '../../../auth/index.ts'
import { deleteView } from '../views.service.ts'

const route = createRoute({
  method: 'delete',
  path: '/crm/views/{crmViewId}',
  tags: ['CRM views'],
  summary: 'Delete a saved view',
  description: "Only your own views; someone else's is not found.",
  middleware: [authenticate, requireUser, requirePermission('crm.read')] as const,
  request: { params: IdParam('crmViewId', 'view_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: { 204: { description: 'Deleted' }, ...errorResponses },
})

export const deleteViewRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    await deleteView(tenantCtx(c), userActor(c), c.req.valid('param').crmViewId)
    return c.body(null, 204)
  },
})
