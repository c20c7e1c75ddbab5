import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonBody, jsonResponse, problemDoc } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { CreateStageAutomationBody, StageAutomation } from '../automations/automations.schemas.ts'
import { createAutomation } from '../automations/automations.service.ts'

const route = createRoute({
  method: 'post',
  path: '/stages/{stageId}/automations',
  tags: ['Deals'],
  summary: 'Add an automation to a stage',
  description:
    "Runs once each time a deal enters the stage (moved there or created in it), shortly after: `create_task` (a task due `dueInHours` later, for the deal's owner or `assigneeUserId`, or from an activity template), `notify` (the owner, the branch's managers or named members, in the dashboard and by e-mail) or `send_template` (an e-mail to the deal's contact, only if they agreed to e-mail). Needs crm.manage.",
  middleware: [authenticate, requirePermission('crm.manage')] as const,
  request: {
    params: IdParam('stageId', 'stg_01JD3Q9W2Z8K5V7M4N6P0R1S2T'),
    body: jsonBody(CreateStageAutomationBody),
  },
  responses: {
    201: jsonResponse(StageAutomation, 'The new automation'),
    409: problemDoc('The stage has as many automations as it may'),
    ...errorResponses,
  },
})

export const createStageAutomationRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(
      StageAutomation.parse(
        await createAutomation(tenantCtx(c), c.req.valid('param').stageId, c.req.valid('json')),
      ),
      201,
    ),
})
