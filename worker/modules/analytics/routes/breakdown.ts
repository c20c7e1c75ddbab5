import { createRoute, defineOpenAPIRoute, z } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { BREAKDOWN_DIMENSIONS, Breakdown } from '../analytics.schemas.ts'
import { AnalyticsQuery } from '../query/analytics-query.ts'
import { BREAKDOWN_DEFAULT_LIMIT, BREAKDOWN_MAX_LIMIT, getBreakdown } from '../query/breakdown.service.ts'
import { csvViewResponse } from '../query/csv-view.ts'
import { breakdownCsv } from '../query/view-csv.ts'
import { viewInput } from '../query/view-input.ts'
import { CSV_DOC, jsonOrCsv, SCOPE_DOC } from './view-responses.ts'

const BreakdownQuery = AnalyticsQuery.extend({
  dimension: z.enum(BREAKDOWN_DIMENSIONS).openapi({ example: 'source', description: 'What to group by' }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(BREAKDOWN_MAX_LIMIT)
    .default(BREAKDOWN_DEFAULT_LIMIT)
    .openapi({ description: `How many values (default ${BREAKDOWN_DEFAULT_LIMIT})` }),
})

const route = createRoute({
  method: 'get',
  path: '/analytics/breakdown',
  tags: ['Analytics'],
  summary: 'Views, actions, scans and leads per value of one dimension',
  description: `${SCOPE_DOC} Values by views + scans, then leads, then actions, then the value; at most \`limit\` (${BREAKDOWN_MAX_LIMIT} at most). An empty value means none or unknown (direct traffic, no campaign, an unknown city). Sources are utm_source, else \`qr\`, else the referring site, else \`direct\`; cities read "City, CC"; \`action\` values are action types. Excluded traffic is in the overview's \`excluded\`. \`compare\` does not apply. ${CSV_DOC}`,
  middleware: [authenticate, requirePermission('analytics.read')] as const,
  request: { query: BreakdownQuery },
  responses: { 200: jsonOrCsv(Breakdown, 'The breakdown'), ...errorResponses },
})

export const analyticsBreakdown = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const query = c.req.valid('query')
    const ctx = tenantCtx(c)
    const { scope, range } = await viewInput(ctx, query)
    const breakdown = await getBreakdown(ctx, scope, range, query.dimension, query.limit)
    if (query.format === 'csv') return csvViewResponse(c, breakdownCsv(breakdown))
    return c.json(breakdown, 200)
  },
})
