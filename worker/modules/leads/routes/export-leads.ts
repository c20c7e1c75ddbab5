import { createRoute, defineOpenAPIRoute, z } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { LeadFilters } from '../inbox/inbox.schemas.ts'
import { exportLeadsCsv, LEADS_EXPORT_MAX_ROWS } from '../inbox/leads-csv.ts'

const route = createRoute({
  method: 'get',
  path: '/leads/export.csv',
  tags: ['Leads'],
  summary: 'Download leads as CSV',
  description: `The leads the list would show for the same filters (only branches you may see), newest first, with owner, branch, spam marks, SLA times, UTM and consent versions. At most ${LEADS_EXPORT_MAX_ROWS.toLocaleString('en')} rows (\`X-Vitrine-Truncated: true\` says more matched; narrow the dates). Cells a spreadsheet would run as formulas start with an apostrophe. Each export is recorded in the audit log.`,
  middleware: [authenticate, requirePermission('leads.read')] as const,
  request: { query: LeadFilters },
  responses: {
    200: {
      content: { 'text/csv': { schema: z.string() } },
      description: 'CSV, UTF-8 with a byte order mark',
    },
    ...errorResponses,
  },
})

export const exportLeads = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const csv = await exportLeadsCsv(tenantCtx(c), c.req.valid('query'))
    const day = new Date().toISOString().slice(0, 10)
    return c.body(csv.body, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="vitrine-leads-${day}.csv"`,
      'x-vitrine-truncated': String(csv.truncated),
    })
  },
})
