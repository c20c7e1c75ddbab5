import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { ListLeadsQuery } from '../inbox/inbox.schemas.ts'
import { listLeads as list } from '../inbox/list-leads.ts'
import { LeadList } from '../leads.schemas.ts'

const route = createRoute({
  method: 'get',
  path: '/leads',
  tags: ['Leads'],
  summary: 'List leads, newest first',
  description:
    'The leads of the branches you may see. Filters combine (AND); list filters take several values, repeated or comma separated. Spam-marked leads are left out unless `spam=include` or `spam=only`. `q` searches names, e-mail addresses and messages (case-insensitive, `%` and `_` match themselves) and, given three or more digits, phone numbers.',
  middleware: [authenticate, requirePermission('leads.read')] as const,
  request: { query: ListLeadsQuery },
  responses: { 200: jsonResponse(LeadList, 'A page of leads'), ...errorResponses },
})

export const listLeads = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(LeadList.parse(await list(tenantCtx(c), c.req.valid('query'))), 200),
})
