import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonBody, jsonResponse, problemDoc } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { Contact, ContactPatch } from '../contacts.schemas.ts'
import { updateContact } from '../contacts.service.ts'

const route = createRoute({
  method: 'patch',
  path: '/contacts/{contactId}',
  tags: ['Contacts'],
  summary: 'Change a contact',
  description:
    'Only the fields sent change. `customFields` changes only the keys sent (null clears one). Changing any consent flag stamps `consentUpdatedAt`. The same rules as on create apply to e-mail, phone (409 on a clash), owner and branch. Contacts without a branch belong to the whole organisation and only members who see every branch may change them (403).',
  middleware: [authenticate, requirePermission('crm.write')] as const,
  request: {
    params: IdParam('contactId', 'con_01JD3Q9W2Z8K5V7M4N6P0R1S2T'),
    body: jsonBody(ContactPatch),
  },
  responses: {
    200: jsonResponse(Contact, 'The contact as it is now'),
    409: problemDoc('Another contact has this e-mail address or phone number'),
    ...errorResponses,
  },
})

export const updateContactRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { contactId } = c.req.valid('param')
    return c.json(Contact.parse(await updateContact(tenantCtx(c), contactId, c.req.valid('json'))), 200)
  },
})
