import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { LeadList, ListLeadsQuery } from '../leads.schemas.ts'
import { listLeads as list } from '../leads.service.ts'

const route = createRoute({
  method: 'get',
  path: '/leads',
  tags: ['Leads'],
  summary: 'List leads, newest first',
  middleware: [authenticate, requirePermission('leads.read')] as const,
  request: { query: ListLeadsQuery },
  responses: { 200: jsonResponse(LeadList, 'A page of leads'), ...errorResponses },
})

export const listLeads = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(LeadList.parse(await list(tenantCtx(c), c.req.valid('query'))), 200),
})
