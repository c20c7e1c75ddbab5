import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { DateRangeQuery, MAX_RANGE_DAYS } from '../analytics/analytics.schemas.ts'
import { getQrAnalytics } from '../analytics/analytics.service.ts'
import { QrAnalytics } from '../qr.schemas.ts'

const route = createRoute({
  method: 'get',
  path: '/qr-codes/{qrCodeId}/analytics',
  tags: ['QR analytics'],
  summary: "One code's scans, unique scanners and leads",
  description: `Per UTC day from \`from\` to \`to\` (both included; default the last 30 days, at most ${MAX_RANGE_DAYS}), with every day present in \`series\`. Archived codes keep their history. Bots are counted in \`totals.bots\` only. An empty \`value\` means not known (no geolocation, an unrecognised browser).`,
  middleware: [authenticate, requirePermission('analytics.read')] as const,
  request: { params: IdParam('qrCodeId', 'qrc_01JD3Q9W2Z8K5V7M4N6P0R1S2T'), query: DateRangeQuery },
  responses: { 200: jsonResponse(QrAnalytics, "The code's analytics"), ...errorResponses },
})

export const getCodeAnalytics = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { qrCodeId } = c.req.valid('param')
    const analytics = await getQrAnalytics(tenantCtx(c), { qrCodeId }, c.req.valid('query'))
    return c.json(QrAnalytics.parse(analytics), 200)
  },
})
