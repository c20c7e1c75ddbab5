import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { removeStaff } from '../staff.service.ts'

const route = createRoute({
  method: 'delete',
  path: '/staff/{staffMemberId}',
  tags: ['Staff'],
  summary: 'Remove a staff member',
  description:
    'Their card and its old links answer 404 from then on. Leads already assigned keep their history.',
  middleware: [authenticate, requirePermission('sites.edit')] as const,
  request: { params: IdParam('staffMemberId', 'stf_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: { 204: { description: 'Removed' }, ...errorResponses },
})

export const deleteStaffRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    await removeStaff(tenantCtx(c), c.req.valid('param').staffMemberId)
    return c.body(null, 204)
  },
})
