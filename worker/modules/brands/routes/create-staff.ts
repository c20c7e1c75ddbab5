import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonBody, jsonResponse, problemDoc } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { CreateStaffBody, StaffMember } from '../brands.schemas.ts'
import { createStaff } from '../staff.service.ts'

const route = createRoute({
  method: 'post',
  path: '/branches/{branchId}/staff',
  tags: ['Staff'],
  summary: 'Add a person to a branch',
  description:
    'They get a personal card at /{brand}/{branch}/{slug}; the slug is made from the name unless given.',
  middleware: [authenticate, requirePermission('sites.edit')] as const,
  request: {
    params: IdParam('branchId', 'bra_01JD3Q9W2Z8K5V7M4N6P0R1S2T'),
    body: jsonBody(CreateStaffBody),
  },
  responses: {
    201: jsonResponse(StaffMember, 'The new staff member'),
    409: problemDoc('The slug asked for is taken on this branch'),
    ...errorResponses,
  },
})

export const createStaffRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const staff = await createStaff(tenantCtx(c), c.req.valid('param').branchId, c.req.valid('json'))
    return c.json(StaffMember.parse(staff), 201)
  },
})
