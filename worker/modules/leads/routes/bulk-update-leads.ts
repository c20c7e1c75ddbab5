import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonBody, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { BulkUpdateLeadsBody, BulkUpdateResult, MAX_BULK_LEADS } from '../inbox/inbox.schemas.ts'
import { updateLeads } from '../inbox/update-leads.ts'

const route = createRoute({
  method: 'post',
  path: '/leads/bulk',
  tags: ['Leads'],
  summary: 'Assign or set the status of many leads at once',
  description: `Up to ${MAX_BULK_LEADS} leads, all or nothing: one lead you cannot see (404, naming it) or may not change (403) and none is changed. The same rules as changing one lead apply to each.`,
  middleware: [authenticate, requirePermission('leads.write')] as const,
  request: { body: jsonBody(BulkUpdateLeadsBody) },
  responses: { 200: jsonResponse(BulkUpdateResult, 'How many leads changed'), ...errorResponses },
})

export const bulkUpdateLeads = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { leadIds, set } = c.req.valid('json')
    const outcome = await updateLeads(tenantCtx(c), leadIds, set)
    return c.json(BulkUpdateResult.parse({ matched: outcome.matched, updated: outcome.changed.length }), 200)
  },
})
