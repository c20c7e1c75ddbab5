import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { getBranch } from '../branches.service.ts'
import { Branch } from '../brands.schemas.ts'

const route = createRoute({
  method: 'get',
  path: '/branches/{branchId}',
  tags: ['Branches'],
  summary: 'One branch with all its details',
  middleware: [authenticate, requirePermission('sites.read')] as const,
  request: { params: IdParam('branchId', 'bra_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: { 200: jsonResponse(Branch, 'The branch'), ...errorResponses },
})

export const getBranchRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(Branch.parse(await getBranch(tenantCtx(c), c.req.valid('param').branchId)), 200),
})
