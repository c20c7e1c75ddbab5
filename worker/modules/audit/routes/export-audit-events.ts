import { createRoute, defineOpenAPIRoute, z } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { AUDIT_EXPORT_MAX_ROWS, exportAuditCsv } from '../audit.export.ts'
import { AuditFilters } from '../audit.schemas.ts'

const route = createRoute({
  method: 'get',
  path: '/audit-events/export.csv',
  tags: ['Audit log'],
  summary: 'Download the audit log as CSV',
  description: `The same filters as the list, newest first, at most ${AUDIT_EXPORT_MAX_ROWS.toLocaleString('en')} rows (\`X-Vitrine-Truncated: true\` says more matched; narrow the dates). Cells a spreadsheet would run as formulas start with an apostrophe. The export itself is recorded in the log.`,
  middleware: [authenticate, requirePermission('audit.read')] as const,
  request: { query: AuditFilters },
  responses: {
    200: {
      content: { 'text/csv': { schema: z.string() } },
      description: 'CSV, UTF-8 with a byte order mark',
    },
    ...errorResponses,
  },
})

export const exportAuditEvents = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const ctx = tenantCtx(c)
    const csv = await exportAuditCsv(ctx, c.req.valid('query'))
    const day = ctx.now().toISOString().slice(0, 10)
    return c.body(csv.body, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="vitrine-audit-log-${day}.csv"`,
      'x-vitrine-truncated': String(csv.truncated),
    })
  },
})
