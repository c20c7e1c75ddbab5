import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { MAX_RANGE_DAYS, QrAnalyticsQuery } from '../analytics/analytics.schemas.ts'
import { getQrAnalytics } from '../analytics/analytics.service.ts'
import { QrAnalytics } from '../qr.schemas.ts'

const route = createRoute({
  method: 'get',
  path: '/qr-analytics',
  tags: ['QR analytics'],
  summary: 'Scans, unique scanners and leads of a branch, a brand or every code',
  description: `Sums over the codes of \`branchId\` and/or \`brandId\` (every code you may see when neither is given; members limited to branches see their branches' codes only), per UTC day from \`from\` to \`to\` (both included; default the last 30 days, at most ${MAX_RANGE_DAYS}). \`uniques\` are unique scanners per code and day, summed. \`placements\` groups the codes by their placement ('' for none); \`codes\` lists the most scanned. An empty \`value\` elsewhere means not known.`,
  middleware: [authenticate, requirePermission('analytics.read')] as const,
  request: { query: QrAnalyticsQuery },
  responses: { 200: jsonResponse(QrAnalytics, 'The analytics'), ...errorResponses },
})

export const getQrAnalyticsRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { brandId, branchId, ...range } = c.req.valid('query')
    const analytics = await getQrAnalytics(tenantCtx(c), { brandId, branchId }, range)
    return c.json(QrAnalytics.parse(analytics), 200)
  },
})
