import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { DealDetail } from '../deals.schemas.ts'
import { getDeal } from '../read-deals.ts'

const route = createRoute({
  method: 'get',
  path: '/deals/{dealId}',
  tags: ['Deals'],
  summary: 'A deal with its stage history',
  middleware: [authenticate, requirePermission('crm.read')] as const,
  request: { params: IdParam('dealId', 'deal_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: { 200: jsonResponse(DealDetail, 'The deal'), ...errorResponses },
})

export const getDealRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(DealDetail.parse(await getDeal(tenantCtx(c), c.req.valid('param').dealId)), 200),
})
