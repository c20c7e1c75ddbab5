import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonBody, jsonResponse, problemDoc } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { CreatePipelineBody, Pipeline } from '../pipelines.schemas.ts'
import { createPipeline } from '../pipelines.service.ts'

const route = createRoute({
  method: 'post',
  path: '/pipelines',
  tags: ['Deals'],
  summary: 'Create a pipeline',
  description:
    'With the stages given, in order (the default sales stages when left out). A won stage has a win probability of 100, a lost one 0. Needs crm.manage.',
  middleware: [authenticate, requirePermission('crm.manage')] as const,
  request: { body: jsonBody(CreatePipelineBody) },
  responses: {
    201: jsonResponse(Pipeline, 'The new pipeline'),
    409: problemDoc('The workspace has as many pipelines as it may'),
    ...errorResponses,
  },
})

export const createPipelineRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(Pipeline.parse(await createPipeline(tenantCtx(c), c.req.valid('json'))), 201),
})
