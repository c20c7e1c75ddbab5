import { createRoute, defineOpenAPIRoute, z } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { Heatmap } from '../analytics.schemas.ts'
import { AnalyticsQuery } from '../query/analytics-query.ts'
import { csvViewResponse } from '../query/csv-view.ts'
import { getHeatmap } from '../query/heatmap.service.ts'
import { heatmapCsv } from '../query/view-csv.ts'
import { viewInput } from '../query/view-input.ts'
import { canonicalZone } from '../query/zone-clock.ts'
import { CSV_DOC, jsonOrCsv, SCOPE_DOC } from './view-responses.ts'

const HeatmapQuery = AnalyticsQuery.extend({
  timeZone: z
    .string()
    .max(64)
    .refine((zone) => canonicalZone(zone) !== null, 'Use an IANA time zone such as Europe/Paris')
    .optional()
    .openapi({
      example: 'Europe/Paris',
      description: "Whose clock (default: the branch's, or the one every branch in scope shares, else UTC)",
    }),
})

const route = createRoute({
  method: 'get',
  path: '/analytics/heatmap',
  tags: ['Analytics'],
  summary: 'Views, actions, scans and leads by weekday and hour',
  description: `${SCOPE_DOC} 7 × 24 cells, weekday 0 is Monday, each hour of the period placed on the local clock of \`timeZone\` (zones with a half-hour offset place an hour by its start). \`compare\` does not apply. ${CSV_DOC}`,
  middleware: [authenticate, requirePermission('analytics.read')] as const,
  request: { query: HeatmapQuery },
  responses: { 200: jsonOrCsv(Heatmap, 'The heatmap'), ...errorResponses },
})

export const analyticsHeatmap = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const query = c.req.valid('query')
    const ctx = tenantCtx(c)
    const { scope, range } = await viewInput(ctx, query)
    const heatmap = await getHeatmap(ctx, scope, range, query.timeZone)
    if (query.format === 'csv') return csvViewResponse(c, heatmapCsv(heatmap))
    return c.json(heatmap, 200)
  },
})
