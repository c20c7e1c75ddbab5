import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { AuditEventList, ListAuditEventsQuery } from '../audit.schemas.ts'
import { listAuditEvents as list } from '../audit.service.ts'

const route = createRoute({
  method: 'get',
  path: '/audit-events',
  tags: ['Audit log'],
  summary: "The organisation's audit log, newest first",
  description: 'Who did what, when and from where. Filters combine; `from` is inclusive and `to` exclusive.',
  middleware: [authenticate, requirePermission('audit.read')] as const,
  request: { query: ListAuditEventsQuery },
  responses: { 200: jsonResponse(AuditEventList, 'A page of events'), ...errorResponses },
})

export const listAuditEvents = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(AuditEventList.parse(await list(tenantCtx(c), c.req.valid('query'))), 200),
})
