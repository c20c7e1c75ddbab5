import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { winLossTables } from '../deal-tables.ts'
import { DealReportQuery } from '../report-query.schemas.ts'
import { WinLossReport } from '../reports.schemas.ts'
import { winLossReport } from '../win-loss-report.ts'
import { REPORT_FILTERS_NOTE, reportContent, sendReportFile } from './report-response.ts'

const route = createRoute({
  method: 'get',
  path: '/crm/reports/win-loss',
  tags: ['CRM reports'],
  summary: 'Won and lost deals by reason, owner and contact source',
  description: `Deals won or lost in the range, counted and summed per currency: by close reason (null: none given), by owner, and by the source of the deal's contact (null: not known, no contact, or a contact you may not see). ${REPORT_FILTERS_NOTE}`,
  middleware: [authenticate, requirePermission('crm.read')] as const,
  request: { query: DealReportQuery },
  responses: { 200: reportContent(WinLossReport, 'The win/loss report'), ...errorResponses },
})

export const getWinLossReport = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const query = c.req.valid('query')
    const report = await winLossReport(tenantCtx(c), query)
    if (query.format === 'json') return c.json(WinLossReport.parse(report), 200)
    return sendReportFile(
      c,
      query.format,
      winLossTables(report),
      `vitrine-win-loss-${report.from}-to-${report.to}`,
    )
  },
})
