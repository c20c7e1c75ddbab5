import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { Attribution } from '../../analytics.schemas.ts'
import { csvViewResponse } from '../../query/csv-view.ts'
import { jsonOrCsv } from '../../routes/view-responses.ts'
import { AttributionQuery } from '../attribution.query.ts'
import { getAttribution as attribution } from '../attribution.service.ts'
import { attributionCsv } from '../attribution-csv.ts'

const route = createRoute({
  method: 'get',
  path: '/analytics/attribution',
  tags: ['Analytics'],
  summary: 'Which sources, campaigns or placements brought the leads',
  description:
    "Leads created in the period (in the scope: the lead's brand and branch) and their touches, credited four ways side by side: first touch, last touch, linear (equal shares) and time decay (a touch `halfLifeHours` before the lead weighs half as much as one at the lead). Each model's column adds up to `leads` (two decimals). A lead with no recorded touch counts as one direct touch. Touches are kept for good, so any past period works. `compare` is ignored. `?format=csv` downloads the rows.",
  middleware: [authenticate, requirePermission('analytics.read')] as const,
  request: { query: AttributionQuery },
  responses: { 200: jsonOrCsv(Attribution, 'Credit per key and model'), ...errorResponses },
})

export const getAttribution = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const query = c.req.valid('query')
    const report = Attribution.parse(await attribution(tenantCtx(c), query))
    if (query.format === 'csv') return csvViewResponse(c, attributionCsv(report))
    return c.json(report, 200)
  },
})
