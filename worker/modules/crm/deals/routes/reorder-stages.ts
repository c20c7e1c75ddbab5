import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonBody, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { Pipeline, ReorderStagesBody } from '../pipelines.schemas.ts'
import { reorderStages } from '../stages.service.ts'

const route = createRoute({
  method: 'put',
  path: '/pipelines/{pipelineId}/stages',
  tags: ['Deals'],
  summary: "Put a pipeline's stages in a new order",
  description: 'Send every stage id of the pipeline once, in the new order. Needs crm.manage.',
  middleware: [authenticate, requirePermission('crm.manage')] as const,
  request: {
    params: IdParam('pipelineId', 'pipe_01JD3Q9W2Z8K5V7M4N6P0R1S2T'),
    body: jsonBody(ReorderStagesBody),
  },
  responses: { 200: jsonResponse(Pipeline, 'The pipeline with its stages in order'), ...errorResponses },
})

export const reorderStagesRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const pipeline = await reorderStages(
      tenantCtx(c),
      c.req.valid('param').pipelineId,
      c.req.valid('json').stageIds,
    )
    return c.json(Pipeline.parse(pipeline), 200)
  },
})
