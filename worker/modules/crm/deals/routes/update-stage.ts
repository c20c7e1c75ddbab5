import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonBody, jsonResponse, problemDoc } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { Stage, UpdateStageBody } from '../pipelines.schemas.ts'
import { updateStage } from '../stages.service.ts'

const route = createRoute({
  method: 'patch',
  path: '/stages/{stageId}',
  tags: ['Deals'],
  summary: 'Rename a stage or change its kind or win probability',
  description:
    'A stage that holds deals keeps its kind (409: move the deals first), so no deal is closed or reopened behind its owner. Needs crm.manage.',
  middleware: [authenticate, requirePermission('crm.manage')] as const,
  request: { params: IdParam('stageId', 'stg_01JD3Q9W2Z8K5V7M4N6P0R1S2T'), body: jsonBody(UpdateStageBody) },
  responses: {
    200: jsonResponse(Stage, 'The stage as it is now'),
    409: problemDoc('The stage holds deals, so its kind cannot change'),
    ...errorResponses,
  },
})

export const updateStageRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(
      Stage.parse(await updateStage(tenantCtx(c), c.req.valid('param').stageId, c.req.valid('json'))),
      200,
    ),
})
