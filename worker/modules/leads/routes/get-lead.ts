import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { LeadDetail } from '../inbox/inbox.schemas.ts'
import { getLeadDetail } from '../inbox/lead-detail.ts'

const route = createRoute({
  method: 'get',
  path: '/leads/{leadId}',
  tags: ['Leads'],
  summary: 'A lead with its touches and timeline',
  description:
    "The lead, every arrival that made or refreshed it (source, form, UTM, consent, message, fields) and its contact's CRM timeline, newest first. A lead outside your branches is not found.",
  middleware: [authenticate, requirePermission('leads.read')] as const,
  request: { params: IdParam('leadId', 'lead_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: { 200: jsonResponse(LeadDetail, 'The lead'), ...errorResponses },
})

export const getLead = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(LeadDetail.parse(await getLeadDetail(tenantCtx(c), c.req.valid('param').leadId)), 200),
})
