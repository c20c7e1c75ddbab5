import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { ContactList, ListContactsQuery } from '../contacts.schemas.ts'
import { listContacts as list } from '../list-contacts.ts'

const route = createRoute({
  method: 'get',
  path: '/contacts',
  tags: ['Contacts'],
  summary: 'List contacts, filtered and sorted, by cursor',
  description:
    'The contacts of the branches you may see (organisation-wide ones included). `filter` is a CrmFilter as JSON (built-in fields and `custom.<key>`; see docs/crm.md); `q` matches names (typos too), e-mail addresses and, with three or more digits, phone numbers. `sort` is a field (`updatedAt` by default, `createdAt`, `name`, `score`, `lastActivityAt`, any other built-in or `custom.<key>`) with `direction`. Pass `nextCursor` back as `cursor` for the next page; a cursor only works with the sort it came from.',
  middleware: [authenticate, requirePermission('crm.read')] as const,
  request: { query: ListContactsQuery },
  responses: { 200: jsonResponse(ContactList, 'A page of contacts'), ...errorResponses },
})

export const listContactsRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(ContactList.parse(await list(tenantCtx(c), c.req.valid('query'))), 200),
})
