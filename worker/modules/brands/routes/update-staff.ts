import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonBody, jsonResponse, problemDoc } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { StaffMember, UpdateStaffBody } from '../brands.schemas.ts'
import { updateStaff } from '../staff.service.ts'

const route = createRoute({
  method: 'patch',
  path: '/staff/{staffMemberId}',
  tags: ['Staff'],
  summary: 'Change a staff member',
  description: 'A new slug keeps the old card link answering 301.',
  middleware: [authenticate, requirePermission('sites.edit')] as const,
  request: {
    params: IdParam('staffMemberId', 'stf_01JD3Q9W2Z8K5V7M4N6P0R1S2T'),
    body: jsonBody(UpdateStaffBody),
  },
  responses: {
    200: jsonResponse(StaffMember, 'The staff member as they are now'),
    409: problemDoc('The slug asked for is taken on this branch'),
    ...errorResponses,
  },
})

export const updateStaffRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const staff = await updateStaff(tenantCtx(c), c.req.valid('param').staffMemberId, c.req.valid('json'))
    return c.json(StaffMember.parse(staff), 200)
  },
})
