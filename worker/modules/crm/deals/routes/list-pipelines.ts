import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { ListPipelinesQuery, PipelineList } from '../pipelines.schemas.ts'
import { listPipelines } from '../pipelines.service.ts'

const route = createRoute({
  method: 'get',
  path: '/pipelines',
  tags: ['Deals'],
  summary: 'List pipelines with their stages',
  description:
    'Every workspace has a default pipeline (Sales: New, Contacted, Qualified, Proposal, Won, Lost), made the first time pipelines are read. Archived pipelines are left out unless `archived=include`.',
  middleware: [authenticate, requirePermission('crm.read')] as const,
  request: { query: ListPipelinesQuery },
  responses: {
    200: jsonResponse(PipelineList, 'Pipelines in order, each with its stages'),
    ...errorResponses,
  },
})

export const listPipelinesRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const items = await listPipelines(tenantCtx(c), c.req.valid('query').archived === 'include')
    return c.json(PipelineList.parse({ items }), 200)
  },
})
