import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { StaffList } from '../brands.schemas.ts'
import { listStaff } from '../staff.service.ts'

const route = createRoute({
  method: 'get',
  path: '/branches/{branchId}/staff',
  tags: ['Staff'],
  summary: "A branch's team, in display order",
  middleware: [authenticate, requirePermission('sites.read')] as const,
  request: { params: IdParam('branchId', 'bra_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: { 200: jsonResponse(StaffList, 'Staff members'), ...errorResponses },
})

export const listStaffRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(StaffList.parse({ data: await listStaff(tenantCtx(c), c.req.valid('param').branchId) }), 200),
})
