import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { StageAutomationList } from '../automations/automations.schemas.ts'
import { listAutomations } from '../automations/automations.service.ts'

const route = createRoute({
  method: 'get',
  path: '/stages/{stageId}/automations',
  tags: ['Deals'],
  summary: "A stage's automations",
  description: 'What happens when a deal enters the stage, in the order it runs.',
  middleware: [authenticate, requirePermission('crm.read')] as const,
  request: { params: IdParam('stageId', 'stg_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: { 200: jsonResponse(StageAutomationList, "The stage's automations"), ...errorResponses },
})

export const listStageAutomationsRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const items = await listAutomations(tenantCtx(c), c.req.valid('param').stageId)
    return c.json(StageAutomationList.parse({ items }), 200)
  },
})
