import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonBody, jsonResponse, problemDoc } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { Pipeline, UpdatePipelineBody } from '../pipelines.schemas.ts'
import { updatePipeline } from '../pipelines.service.ts'

const route = createRoute({
  method: 'patch',
  path: '/pipelines/{pipelineId}',
  tags: ['Deals'],
  summary: 'Rename, reorder, archive or make a pipeline the default',
  description:
    'The default pipeline cannot be archived (409); making another the default first frees it. Needs crm.manage.',
  middleware: [authenticate, requirePermission('crm.manage')] as const,
  request: {
    params: IdParam('pipelineId', 'pipe_01JD3Q9W2Z8K5V7M4N6P0R1S2T'),
    body: jsonBody(UpdatePipelineBody),
  },
  responses: {
    200: jsonResponse(Pipeline, 'The pipeline as it is now'),
    409: problemDoc('The default pipeline cannot be archived'),
    ...errorResponses,
  },
})

export const updatePipelineRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(
      Pipeline.parse(
        await updatePipeline(tenantCtx(c), c.req.valid('param').pipelineId, c.req.valid('json')),
      ),
      200,
    ),
})
