import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { crmTx } from '../../crm-tx.ts'
import { getContact } from '../contacts.repo.ts'
import { Contact } from '../contacts.schemas.ts'

const route = createRoute({
  method: 'get',
  path: '/contacts/{contactId}',
  tags: ['Contacts'],
  summary: 'A contact',
  description:
    'With its score and the reasons for it, and its primary company. A contact outside your branches, or deleted, is not found.',
  middleware: [authenticate, requirePermission('crm.read')] as const,
  request: { params: IdParam('contactId', 'con_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: { 200: jsonResponse(Contact, 'The contact'), ...errorResponses },
})

export const getContactRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const ctx = tenantCtx(c)
    const { contactId } = c.req.valid('param')
    const contact = await crmTx(ctx, (tx) => getContact(tx, ctx.tenantId, contactId))
    return c.json(Contact.parse(contact), 200)
  },
})
