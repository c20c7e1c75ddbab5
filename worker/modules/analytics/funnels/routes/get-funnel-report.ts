import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { FunnelReport } from '../../analytics.schemas.ts'
import { AnalyticsQuery } from '../../query/analytics-query.ts'
import { csvViewResponse } from '../../query/csv-view.ts'
import { jsonOrCsv } from '../../routes/view-responses.ts'
import { funnelCsv } from '../funnel-csv.ts'
import { funnelReport } from '../funnel-report.ts'
import { FUNNEL_ID_EXAMPLE } from './responses.ts'

const route = createRoute({
  method: 'get',
  path: '/analytics/funnels/{funnelId}/report',
  tags: ['Analytics'],
  summary: "A funnel's visitors, step by step",
  description:
    'Counted per visitor-day: a visitor reaches a step when, the same UTC day, they did what it names at or after reaching the step before (the visitor id changes daily, so a journey spread over two days counts as two). Bots, previews and other excluded events never count, nor do visitors asking not to be tracked. Computed from raw events, which are kept for the retention in the analytics settings (default 90 days): a `from` before that is refused; without `from` the range starts at most that far back. `compare` is ignored. `?format=csv` downloads the steps.',
  middleware: [authenticate, requirePermission('analytics.read')] as const,
  request: { params: IdParam('funnelId', FUNNEL_ID_EXAMPLE), query: AnalyticsQuery },
  responses: { 200: jsonOrCsv(FunnelReport, 'The steps with their visitors'), ...errorResponses },
})

export const getFunnelReport = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const query = c.req.valid('query')
    const report = FunnelReport.parse(await funnelReport(tenantCtx(c), c.req.valid('param').funnelId, query))
    if (query.format === 'csv') return csvViewResponse(c, funnelCsv(report))
    return c.json(report, 200)
  },
})
