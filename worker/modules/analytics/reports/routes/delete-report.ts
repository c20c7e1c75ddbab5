import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { deleteReport } from '../reports.service.ts'

const route = createRoute({
  method: 'delete',
  path: '/analytics/reports/{analyticsReportId}',
  tags: ['Analytics'],
  summary: 'Stop a scheduled report',
  description: 'Nothing more is sent; e-mails already queued still arrive.',
  middleware: [authenticate, requirePermission('analytics.manage')] as const,
  request: { params: IdParam('analyticsReportId', 'rpt_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: { 204: { description: 'Deleted' }, ...errorResponses },
})

export const deleteReportRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    await deleteReport(tenantCtx(c), c.req.valid('param').analyticsReportId)
    return c.body(null, 204)
  },
})
