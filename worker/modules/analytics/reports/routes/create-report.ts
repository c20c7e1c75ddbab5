import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonBody, jsonResponse, problemDoc } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { ScheduledReport } from '../../analytics.schemas.ts'
import { CreateReportBody, MAX_REPORTS } from '../reports.schemas.ts'
import { createReport } from '../reports.service.ts'

const route = createRoute({
  method: 'post',
  path: '/analytics/reports',
  tags: ['Analytics'],
  summary: 'Schedule an e-mail report',
  description: `A weekly (Mondays, for the ISO week before) or monthly (the 1st, for the month before) e-mail with the key figures of a branch, a brand (\`brandId\`) or the whole organisation (neither), sent to up to 20 addresses. Recipients need not be members: whoever is on the list sees that scope's figures. Members limited to some branches may schedule only their branches' reports. At most ${MAX_REPORTS} reports per organisation.`,
  middleware: [authenticate, requirePermission('analytics.manage')] as const,
  request: { body: jsonBody(CreateReportBody) },
  responses: {
    201: jsonResponse(ScheduledReport, 'The report'),
    402: problemDoc(`The organisation already has ${MAX_REPORTS} reports`),
    ...errorResponses,
  },
})

export const createReportRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(ScheduledReport.parse(await createReport(tenantCtx(c), c.req.valid('json'))), 201),
})
