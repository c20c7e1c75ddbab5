import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { listBranches as list } from '../branches.service.ts'
import { BranchList } from '../team.schemas.ts'

const route = createRoute({
  method: 'get',
  path: '/branches',
  tags: ['Team'],
  summary: 'List the branches this actor can see',
  description:
    'Every branch of the organisation, or only those of a member limited to some; for choosing branch scopes.',
  middleware: [authenticate, requirePermission('sites.read')] as const,
  responses: { 200: jsonResponse(BranchList, 'Branches, by brand'), ...errorResponses },
})

export const listBranches = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(BranchList.parse({ data: await list(tenantCtx(c)) }), 200),
})
