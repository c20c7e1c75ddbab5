import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { growthReport } from '../growth-report.ts'
import { growthTables } from '../record-tables.ts'
import { RecordReportQuery } from '../report-query.schemas.ts'
import { GrowthReport } from '../reports.schemas.ts'
import { REPORT_FILTERS_NOTE, reportContent, sendReportFile } from './report-response.ts'

const route = createRoute({
  method: 'get',
  path: '/crm/reports/growth',
  tags: ['CRM reports'],
  summary: 'New contacts per period, by source and lifecycle stage',
  description: `Contacts created per week or month of the range, by source (null: not known) and by their lifecycle stage now, and the running total of contacts (\`cumulative\`, starting from those created before the range). Deleted contacts are not counted. \`ownerUserId\` and \`branchId\` narrow to the contacts they own or belong to. ${REPORT_FILTERS_NOTE}`,
  middleware: [authenticate, requirePermission('crm.read')] as const,
  request: { query: RecordReportQuery },
  responses: { 200: reportContent(GrowthReport, 'The contact growth report'), ...errorResponses },
})

export const getGrowthReport = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const query = c.req.valid('query')
    const report = await growthReport(tenantCtx(c), query)
    if (query.format === 'json') return c.json(GrowthReport.parse(report), 200)
    return sendReportFile(
      c,
      query.format,
      growthTables(report),
      `vitrine-contacts-${report.from}-to-${report.to}`,
    )
  },
})
