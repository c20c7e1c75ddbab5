import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonBody, jsonResponse, problemDoc } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { CreateStageBody, Stage } from '../pipelines.schemas.ts'
import { createStage } from '../stages.service.ts'

const route = createRoute({
  method: 'post',
  path: '/pipelines/{pipelineId}/stages',
  tags: ['Deals'],
  summary: 'Add a stage to a pipeline',
  description:
    '`kind` open, won or lost; a won stage has a win probability of 100 and a lost one 0 (another value is refused). Inserted at `index`, or at the end. Needs crm.manage.',
  middleware: [authenticate, requirePermission('crm.manage')] as const,
  request: {
    params: IdParam('pipelineId', 'pipe_01JD3Q9W2Z8K5V7M4N6P0R1S2T'),
    body: jsonBody(CreateStageBody),
  },
  responses: {
    201: jsonResponse(Stage, 'The new stage'),
    409: problemDoc('The pipeline has as many stages as it may'),
    ...errorResponses,
  },
})

export const createStageRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(
      Stage.parse(await createStage(tenantCtx(c), c.req.valid('param').pipelineId, c.req.valid('json'))),
      201,
    ),
})
