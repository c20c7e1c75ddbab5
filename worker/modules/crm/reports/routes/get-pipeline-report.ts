import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { pipelineTables } from '../deal-tables.ts'
import { pipelineReport } from '../pipeline-report.ts'
import { PipelineReportQuery } from '../report-query.schemas.ts'
import { PipelineReport } from '../reports.schemas.ts'
import { REPORT_FILTERS_NOTE, reportContent, sendReportFile } from './report-response.ts'

const route = createRoute({
  method: 'get',
  path: '/crm/reports/pipeline',
  tags: ['CRM reports'],
  summary: 'Conversion and velocity by stage, and the open pipeline',
  description: `For one pipeline (\`pipelineId\`, else the default one; \`pipeline\` is null when there is none yet), per stage: how many deals entered it in the range and how many of those later reached a further open or won stage (\`conversionRate\`), how long deals sat in it before moving on in the range (average and median seconds), and, as of now, the open deals in it with their amount and weighted amount (amount × win probability / 100) per currency. ${REPORT_FILTERS_NOTE}`,
  middleware: [authenticate, requirePermission('crm.read')] as const,
  request: { query: PipelineReportQuery },
  responses: { 200: reportContent(PipelineReport, 'The pipeline report'), ...errorResponses },
})

export const getPipelineReport = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const query = c.req.valid('query')
    const report = await pipelineReport(tenantCtx(c), query)
    if (query.format === 'json') return c.json(PipelineReport.parse(report), 200)
    return sendReportFile(
      c,
      query.format,
      pipelineTables(report),
      `vitrine-pipeline-${report.from}-to-${report.to}`,
    )
  },
})
