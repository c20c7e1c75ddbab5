import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { activityReport, REPORTED_ACTIVITY_TYPES } from '../activity-report.ts'
import { activityTables } from '../record-tables.ts'
import { RecordReportQuery } from '../report-query.schemas.ts'
import { ActivityReport } from '../reports.schemas.ts'
import { REPORT_FILTERS_NOTE, reportContent, sendReportFile } from './report-response.ts'

const route = createRoute({
  method: 'get',
  path: '/crm/reports/activity',
  tags: ['CRM reports'],
  summary: 'Activities created and completed, per period, type and member',
  description: `Activities (${REPORTED_ACTIVITY_TYPES.join(', ')}; not the entries the system writes) created and completed per week or month of the range and type, per member (who logged it; who completed it, or else its assignee), and the open ones assigned to each member that are past due now. \`ownerUserId\` narrows every count to that member. ${REPORT_FILTERS_NOTE}`,
  middleware: [authenticate, requirePermission('crm.read')] as const,
  request: { query: RecordReportQuery },
  responses: { 200: reportContent(ActivityReport, 'The activity report'), ...errorResponses },
})

export const getActivityReport = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const query = c.req.valid('query')
    const report = await activityReport(tenantCtx(c), query)
    if (query.format === 'json') return c.json(ActivityReport.parse(report), 200)
    return sendReportFile(
      c,
      query.format,
      activityTables(report),
      `vitrine-activity-${report.from}-to-${report.to}`,
    )
  },
})
