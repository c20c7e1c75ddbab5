import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonBody, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { linkCompany } from '../contact-companies.service.ts'
import { ContactCompanyInput, ContactCompanyList } from '../contacts.schemas.ts'

const route = createRoute({
  method: 'post',
  path: '/contacts/{contactId}/companies',
  tags: ['Contacts'],
  summary: 'Link a contact to a company, or change the link',
  description:
    "Sets the contact's role at the company. `isPrimary: true` makes it the primary company (the previous primary stays linked); a contact's first company is primary anyway. Linking again changes role and primacy.",
  middleware: [authenticate, requirePermission('crm.write')] as const,
  request: {
    params: IdParam('contactId', 'con_01JD3Q9W2Z8K5V7M4N6P0R1S2T'),
    body: jsonBody(ContactCompanyInput),
  },
  responses: {
    200: jsonResponse(ContactCompanyList, "The contact's links after the change"),
    ...errorResponses,
  },
})

export const linkContactCompanyRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { contactId } = c.req.valid('param')
    const items = await linkCompany(tenantCtx(c), contactId, c.req.valid('json'))
    return c.json(ContactCompanyList.parse({ items }), 200)
  },
})
