import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { Overview } from '../analytics.schemas.ts'
import { AnalyticsQuery } from '../query/analytics-query.ts'
import { csvViewResponse } from '../query/csv-view.ts'
import { getOverview } from '../query/overview.service.ts'
import { overviewCsv } from '../query/view-csv.ts'
import { viewInput } from '../query/view-input.ts'
import { CSV_DOC, jsonOrCsv, SCOPE_DOC } from './view-responses.ts'

const route = createRoute({
  method: 'get',
  path: '/analytics/overview',
  tags: ['Analytics'],
  summary: 'Totals, daily series, actions and top sources of a period, next to the period before',
  description: `${SCOPE_DOC} \`compare=previous\` (default) adds the same number of days just before; \`none\` leaves the \`previous…\` fields null. The series has every day, zeros included. Visitors are unique per day, summed over days. Top lists hold 10 values, by views + scans, then leads; an empty value means none or unknown. ${CSV_DOC} The overview's CSV is the daily series (with the previous period's columns when compared).`,
  middleware: [authenticate, requirePermission('analytics.read')] as const,
  request: { query: AnalyticsQuery },
  responses: { 200: jsonOrCsv(Overview, 'The overview'), ...errorResponses },
})

export const analyticsOverview = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const query = c.req.valid('query')
    const ctx = tenantCtx(c)
    const { scope, range } = await viewInput(ctx, query)
    const overview = await getOverview(ctx, scope, range)
    if (query.format === 'csv') return csvViewResponse(c, overviewCsv(overview))
    return c.json(overview, 200)
  },
})
