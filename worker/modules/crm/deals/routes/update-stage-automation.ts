import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonBody, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { StageAutomation, UpdateStageAutomationBody } from '../automations/automations.schemas.ts'
import { updateAutomation } from '../automations/automations.service.ts'

const route = createRoute({
  method: 'patch',
  path: '/stage-automations/{stageAutomationId}',
  tags: ['Deals'],
  summary: 'Change, pause or resume a stage automation',
  description:
    "`config` replaces the whole config and is checked against the automation's action. Needs crm.manage.",
  middleware: [authenticate, requirePermission('crm.manage')] as const,
  request: {
    params: IdParam('stageAutomationId', 'sau_01JD3Q9W2Z8K5V7M4N6P0R1S2T'),
    body: jsonBody(UpdateStageAutomationBody),
  },
  responses: { 200: jsonResponse(StageAutomation, 'The automation as it is now'), ...errorResponses },
})

export const updateStageAutomationRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(
      StageAutomation.parse(
        await updateAutomation(tenantCtx(c), c.req.valid('param').stageAutomationId, c.req.valid('json')),
      ),
      200,
    ),
})
