import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { ReportSent } from '../reports.schemas.ts'
import { SEND_NOW_LIMIT, sendReportNow } from '../reports.service.ts'

const route = createRoute({
  method: 'post',
  path: '/analytics/reports/{analyticsReportId}/send',
  tags: ['Analytics'],
  summary: 'Send a report now',
  description: `Queues the report of the last complete week or month to every recipient now, to see what they get. The schedule is unchanged. At most ${SEND_NOW_LIMIT.limit} per organisation per hour (429 with Retry-After).`,
  middleware: [authenticate, requirePermission('analytics.manage')] as const,
  request: { params: IdParam('analyticsReportId', 'rpt_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: { 202: jsonResponse(ReportSent, 'The e-mails are queued'), ...errorResponses },
})

export const sendReportRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(ReportSent.parse(await sendReportNow(tenantCtx(c), c.req.valid('param').analyticsReportId)), 202),
})
