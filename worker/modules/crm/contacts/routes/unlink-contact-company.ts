import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { unlinkCompany } from '../contact-companies.service.ts'

const route = createRoute({
  method: 'delete',
  path: '/contacts/{contactId}/companies/{companyId}',
  tags: ['Contacts'],
  summary: 'Unlink a contact from a company',
  description: 'Removing the primary company makes the oldest remaining link primary.',
  middleware: [authenticate, requirePermission('crm.write')] as const,
  request: {
    params: IdParam('contactId', 'con_01JD3Q9W2Z8K5V7M4N6P0R1S2T').extend(
      IdParam('companyId', 'cmp_01JD3Q9W2Z8K5V7M4N6P0R1S2T').shape,
    ),
  },
  responses: { 204: { description: 'Unlinked' }, ...errorResponses },
})

export const unlinkContactCompanyRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { contactId, companyId } = c.req.valid('param')
    await unlinkCompany(tenantCtx(c), contactId, companyId)
    return c.body(null, 204)
  },
})
