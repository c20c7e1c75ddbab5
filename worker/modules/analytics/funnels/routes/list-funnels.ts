import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { FunnelList } from '../funnels.schemas.ts'
import { listFunnels as list } from '../funnels.service.ts'

const route = createRoute({
  method: 'get',
  path: '/analytics/funnels',
  tags: ['Analytics'],
  summary: "List the organisation's funnels",
  description:
    'Oldest first; an empty list until someone defines one (the dashboard then suggests Scan → View → WhatsApp click → Lead).',
  middleware: [authenticate, requirePermission('analytics.read')] as const,
  responses: { 200: jsonResponse(FunnelList, 'Every funnel'), ...errorResponses },
})

export const listFunnels = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(FunnelList.parse(await list(tenantCtx(c))), 200),
})
