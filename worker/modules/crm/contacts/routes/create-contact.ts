import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonBody, jsonResponse, problemDoc } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { Contact, ContactInput } from '../contacts.schemas.ts'
import { createContact } from '../contacts.service.ts'

const route = createRoute({
  method: 'post',
  path: '/contacts',
  tags: ['Contacts'],
  summary: 'Create a contact',
  description:
    "E-mail addresses are lower-cased and phone numbers stored as E.164 (national numbers are read in `phoneCountry`, else the branch's country). An address or number another contact holds is a 409 naming that contact. The owner defaults to you and must be a member; the branch must be one of yours (a member limited to one branch gets it by default). Custom fields are checked against their definitions. `companyId` links the new contact to that company as its primary one.",
  middleware: [authenticate, requirePermission('crm.write')] as const,
  request: { body: jsonBody(ContactInput) },
  responses: {
    201: jsonResponse(Contact, 'The new contact'),
    409: problemDoc('Another contact has this e-mail address or phone number'),
    ...errorResponses,
  },
})

export const createContactRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(Contact.parse(await createContact(tenantCtx(c), c.req.valid('json'))), 201),
})
