import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { salesTables } from '../deal-tables.ts'
import { DealReportQuery, MAX_REPORT_DAYS } from '../report-query.schemas.ts'
import { SalesReport } from '../reports.schemas.ts'
import { salesReport } from '../sales-report.ts'
import { REPORT_FILTERS_NOTE, reportContent, sendReportFile } from './report-response.ts'

const route = createRoute({
  method: 'get',
  path: '/crm/reports/sales',
  tags: ['CRM reports'],
  summary: 'Deals won per period and per owner, win rate and sales cycle',
  description: `Deals closed (won or lost) from \`from\` to \`to\` (both included; default the last 90 days, at most ${MAX_REPORT_DAYS}): won deals and amount per week or month and currency (\`series\`), per owner and currency (\`rows\`), the average won deal, the win rate (won / (won + lost)) and the average days from creation to won. ${REPORT_FILTERS_NOTE}`,
  middleware: [authenticate, requirePermission('crm.read')] as const,
  request: { query: DealReportQuery },
  responses: { 200: reportContent(SalesReport, 'The sales report'), ...errorResponses },
})

export const getSalesReport = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const query = c.req.valid('query')
    const report = await salesReport(tenantCtx(c), query)
    if (query.format === 'json') return c.json(SalesReport.parse(report), 200)
    return sendReportFile(
      c,
      query.format,
      salesTables(report),
      `vitrine-sales-${report.from}-to-${report.to}`,
    )
  },
})
