import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { LeadTouches } from '../../analytics.schemas.ts'
import { LeadTouchesQuery } from '../attribution.query.ts'
import { getLeadTouches as leadTouches } from '../attribution.service.ts'

const route = createRoute({
  method: 'get',
  path: '/analytics/attribution/leads/{leadId}',
  tags: ['Analytics'],
  summary: "A lead's touches and how each model credits them",
  description:
    "The scans and arrivals that led to the lead, oldest first (one direct touch when none was recorded), with each model's share per touch (four decimals, adding up to 1). A lead of a branch outside yours is not found.",
  middleware: [authenticate, requirePermission('analytics.read')] as const,
  request: { params: IdParam('leadId', 'lead_01JD3Q9W2Z8K5V7M4N6P0R1S2T'), query: LeadTouchesQuery },
  responses: { 200: jsonResponse(LeadTouches, 'The touches with their credit'), ...errorResponses },
})

export const getLeadTouches = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const touches = await leadTouches(tenantCtx(c), c.req.valid('param').leadId, c.req.valid('query'))
    return c.json(LeadTouches.parse(touches), 200)
  },
})
