import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonBody, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { ScheduledReport } from '../../analytics.schemas.ts'
import { UpdateReportBody } from '../reports.schemas.ts'
import { updateReport } from '../reports.service.ts'

const route = createRoute({
  method: 'patch',
  path: '/analytics/reports/{analyticsReportId}',
  tags: ['Analytics'],
  summary: 'Change a scheduled report',
  description:
    'Any of scope, frequency and recipients; a new scope is checked as on creation. The next run sends the last complete period of the (new) frequency if it was not sent yet.',
  middleware: [authenticate, requirePermission('analytics.manage')] as const,
  request: {
    params: IdParam('analyticsReportId', 'rpt_01JD3Q9W2Z8K5V7M4N6P0R1S2T'),
    body: jsonBody(UpdateReportBody),
  },
  responses: { 200: jsonResponse(ScheduledReport, 'The report'), ...errorResponses },
})

export const updateReportRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { analyticsReportId } = c.req.valid('param')
    return c.json(
      ScheduledReport.parse(await updateReport(tenantCtx(c), analyticsReportId, c.req.valid('json'))),
      200,
    )
  },
})
