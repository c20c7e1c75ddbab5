import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { deleteAutomation } from '../automations/automations.service.ts'

const route = createRoute({
  method: 'delete',
  path: '/stage-automations/{stageAutomationId}',
  tags: ['Deals'],
  summary: 'Remove a stage automation',
  description: 'Deals already past the stage keep what it did for them. Needs crm.manage.',
  middleware: [authenticate, requirePermission('crm.manage')] as const,
  request: { params: IdParam('stageAutomationId', 'sau_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: { 204: { description: 'Removed' }, ...errorResponses },
})

export const deleteStageAutomationRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    await deleteAutomation(tenantCtx(c), c.req.valid('param').stageAutomationId)
    return c.body(null, 204)
  },
})
