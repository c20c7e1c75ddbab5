import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { ContactDeleted } from '../contacts.schemas.ts'
import { deleteContact } from '../contacts.service.ts'

const route = createRoute({
  method: 'delete',
  path: '/contacts/{contactId}',
  tags: ['Contacts'],
  summary: 'Delete a contact (undoable for a while)',
  description:
    'The contact leaves every list, search and report at once. Until `undoExpiresAt`, `POST /crm/undo/{crmUndoId}` brings it back with its links, activities and files; after that the daily purge removes it for good. Needs crm.delete.',
  middleware: [authenticate, requirePermission('crm.delete')] as const,
  request: { params: IdParam('contactId', 'con_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: { 200: jsonResponse(ContactDeleted, 'Deleted; how to undo it'), ...errorResponses },
})

export const deleteContactRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(ContactDeleted.parse(await deleteContact(tenantCtx(c), c.req.valid('param').contactId)), 200),
})
