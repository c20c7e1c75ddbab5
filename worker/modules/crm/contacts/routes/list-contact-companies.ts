import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { listContactCompanies } from '../contact-companies.service.ts'
import { ContactCompanyList } from '../contacts.schemas.ts'

const route = createRoute({
  method: 'get',
  path: '/contacts/{contactId}/companies',
  tags: ['Contacts'],
  summary: "A contact's companies",
  description:
    'The primary company first, then by name. Deleted companies and companies outside your branches are left out.',
  middleware: [authenticate, requirePermission('crm.read')] as const,
  request: { params: IdParam('contactId', 'con_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: { 200: jsonResponse(ContactCompanyList, 'The links'), ...errorResponses },
})

export const listContactCompaniesRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const items = await listContactCompanies(tenantCtx(c), c.req.valid('param').contactId)
    return c.json(ContactCompanyList.parse({ items }), 200)
  },
})
