import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonResponse, problemDoc } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { DeletePipelineResult } from '../pipelines.schemas.ts'
import { deletePipeline } from '../pipelines.service.ts'

const route = createRoute({
  method: 'delete',
  path: '/pipelines/{pipelineId}',
  tags: ['Deals'],
  summary: 'Delete a pipeline (archived when it holds deals)',
  description:
    'A pipeline that never held a deal is deleted with its stages and automations; one that did is archived, so reports keep its history. The default pipeline stays (409). Needs crm.manage.',
  middleware: [authenticate, requirePermission('crm.manage')] as const,
  request: { params: IdParam('pipelineId', 'pipe_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: {
    200: jsonResponse(DeletePipelineResult, 'Deleted or archived'),
    409: problemDoc('The default pipeline cannot be removed'),
    ...errorResponses,
  },
})

export const deletePipelineRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const outcome = await deletePipeline(tenantCtx(c), c.req.valid('param').pipelineId)
    return c.json(DeletePipelineResult.parse({ outcome }), 200)
  },
})
