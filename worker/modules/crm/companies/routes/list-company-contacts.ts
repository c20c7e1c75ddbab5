import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { CompanyPeople, CompanyPeopleQuery } from '../companies.schemas.ts'
import { listCompanyPeople } from '../list-companies.ts'

const route = createRoute({
  method: 'get',
  path: '/companies/{companyId}/contacts',
  tags: ['CRM companies'],
  summary: 'A company’s people',
  description:
    'The contacts linked to the company (POST /contacts/{contactId}/companies links one), with their role there and whether it is their primary company; newest first, a page at a time.',
  middleware: [authenticate, requirePermission('crm.read')] as const,
  request: { params: IdParam('companyId', 'cmp_01JD3Q9W2Z8K5V7M4N6P0R1S2T'), query: CompanyPeopleQuery },
  responses: { 200: jsonResponse(CompanyPeople, 'A page of people'), ...errorResponses },
})

export const listCompanyContactsRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { companyId } = c.req.valid('param')
    return c.json(
      CompanyPeople.parse(await listCompanyPeople(tenantCtx(c), companyId, c.req.valid('query'))),
      200,
    )
  },
})
