import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { listBranches } from '../branches.service.ts'
import { BranchList, ListBranchesQuery } from '../brands.schemas.ts'

const route = createRoute({
  method: 'get',
  path: '/branches',
  tags: ['Branches'],
  summary: 'List the branches this actor can see',
  description:
    'Every branch of the organisation, or only those of a member limited to some; optionally of one brand. Archived branches are left out unless asked for.',
  middleware: [authenticate, requirePermission('sites.read')] as const,
  request: { query: ListBranchesQuery },
  responses: { 200: jsonResponse(BranchList, 'Branches, by brand and name'), ...errorResponses },
})

export const listBranchesRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(BranchList.parse({ data: await listBranches(tenantCtx(c), c.req.valid('query')) }), 200),
})
