import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonBody, jsonResponse, problemDoc } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { createBranch } from '../branches.service.ts'
import { Branch, CreateBranchBody } from '../brands.schemas.ts'

const route = createRoute({
  method: 'post',
  path: '/branches',
  tags: ['Branches'],
  summary: 'Add a branch to a brand',
  description:
    "Within the plan's branch limit (archived branches do not count). Creates the branch's site with an empty draft, which the builder fills from a template.",
  middleware: [authenticate, requirePermission('brands.manage')] as const,
  request: { body: jsonBody(CreateBranchBody) },
  responses: {
    201: jsonResponse(Branch, 'The new branch'),
    402: problemDoc("The plan's branch limit is reached"),
    409: problemDoc('The slug asked for is taken'),
    ...errorResponses,
  },
})

export const createBranchRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(Branch.parse(await createBranch(tenantCtx(c), c.req.valid('json'))), 201),
})
