import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { archiveBranch } from '../branches.service.ts'

const route = createRoute({
  method: 'delete',
  path: '/branches/{branchId}',
  tags: ['Branches'],
  summary: 'Archive a branch',
  description:
    'The branch closes for good: its pages answer 410 Gone and it no longer counts against the plan. Its record stays for history.',
  middleware: [authenticate, requirePermission('brands.manage')] as const,
  request: { params: IdParam('branchId', 'bra_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: { 204: { description: 'Archived' }, ...errorResponses },
})

export const archiveBranchRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    await archiveBranch(tenantCtx(c), c.req.valid('param').branchId)
    return c.body(null, 204)
  },
})
