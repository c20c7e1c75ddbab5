import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { ScheduledReportList } from '../reports.schemas.ts'
import { listReports } from '../reports.service.ts'

const route = createRoute({
  method: 'get',
  path: '/analytics/reports',
  tags: ['Analytics'],
  summary: 'List scheduled e-mail reports',
  description:
    'Every weekly or monthly report of the organisation, newest first, with its recipients and the last period sent. A member limited to some branches sees only their branches’ reports.',
  middleware: [authenticate, requirePermission('analytics.read')] as const,
  responses: { 200: jsonResponse(ScheduledReportList, 'The reports'), ...errorResponses },
})

export const listReportsRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(ScheduledReportList.parse({ data: await listReports(tenantCtx(c)) }), 200),
})
