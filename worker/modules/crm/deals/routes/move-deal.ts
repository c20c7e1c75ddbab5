import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonBody, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { Deal, MoveDealBody } from '../deals.schemas.ts'
import { moveDeal } from '../move-deal.ts'
import { staleDealDoc, staleDealResponse } from './stale-deal.ts'

const route = createRoute({
  method: 'post',
  path: '/deals/{dealId}/move',
  tags: ['Deals'],
  summary: 'Move a deal on the board',
  description:
    "To `stageId` (a stage of the deal's pipeline, else 400 \"stage is not in this pipeline\"), placed before `beforeDealId`, after `afterDealId`, at `position`, or at the bottom. `version` is the one the board showed: if the deal changed since, 409 with the deal as it is now. Entering a won or lost stage closes the deal (a lost one needs `closeReason`), an open stage reopens it; the move is recorded in the deal's history and timeline and the stage's automations run once.",
  middleware: [authenticate, requirePermission('crm.write')] as const,
  request: { params: IdParam('dealId', 'deal_01JD3Q9W2Z8K5V7M4N6P0R1S2T'), body: jsonBody(MoveDealBody) },
  responses: { 200: jsonResponse(Deal, 'The deal where it landed'), 409: staleDealDoc, ...errorResponses },
})

export const moveDealRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const outcome = await moveDeal(tenantCtx(c), c.req.valid('param').dealId, c.req.valid('json'))
    if (outcome.kind === 'stale') return staleDealResponse(c, outcome.deal)
    return c.json(Deal.parse(outcome.deal), 200)
  },
})
