import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { forecastTables } from '../deal-tables.ts'
import { forecastReport } from '../forecast-report.ts'
import { ForecastQuery } from '../report-query.schemas.ts'
import { ForecastReport } from '../reports.schemas.ts'
import { REPORT_FILTERS_NOTE, reportContent, sendReportFile } from './report-response.ts'

const route = createRoute({
  method: 'get',
  path: '/crm/reports/forecast',
  tags: ['CRM reports'],
  summary: 'Weighted forecast of open deals by expected close month and owner',
  description: `Open deals from today on, by expected close date: \`overdue\` (before today), then this month and the next five. Per month and currency (\`series\`), per owner, month and currency (\`rows\`) and per owner (\`owners\`): deals, amount, and weighted amount (amount × the win probability of the deal's stage / 100); with \`committed\`, the deals won this month. \`unscheduled\` counts open deals without a date or expected later. ${REPORT_FILTERS_NOTE}`,
  middleware: [authenticate, requirePermission('crm.read')] as const,
  request: { query: ForecastQuery },
  responses: { 200: reportContent(ForecastReport, 'The forecast'), ...errorResponses },
})

export const getForecastReport = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const query = c.req.valid('query')
    const report = await forecastReport(tenantCtx(c), query)
    if (query.format === 'json') return c.json(ForecastReport.parse(report), 200)
    return sendReportFile(c, query.format, forecastTables(report), `vitrine-forecast-${report.asOf}`)
  },
})
