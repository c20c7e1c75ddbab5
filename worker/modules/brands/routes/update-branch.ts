import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonBody, jsonResponse, problemDoc } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { updateBranch } from '../branches.service.ts'
import { Branch, UpdateBranchBody } from '../brands.schemas.ts'

const route = createRoute({
  method: 'patch',
  path: '/branches/{branchId}',
  tags: ['Branches'],
  summary: "Change a branch's details",
  description:
    'Each field sent replaces the stored one whole (send all of hours, all phones…). A new slug keeps the old one answering 301. Cached pages are purged.',
  middleware: [authenticate, requirePermission('sites.edit')] as const,
  request: {
    params: IdParam('branchId', 'bra_01JD3Q9W2Z8K5V7M4N6P0R1S2T'),
    body: jsonBody(UpdateBranchBody),
  },
  responses: {
    200: jsonResponse(Branch, 'The branch as it is now'),
    409: problemDoc('The slug asked for is taken'),
    410: problemDoc('The branch is archived'),
    ...errorResponses,
  },
})

export const updateBranchRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const branch = await updateBranch(tenantCtx(c), c.req.valid('param').branchId, c.req.valid('json'))
    return c.json(Branch.parse(branch), 200)
  },
})
