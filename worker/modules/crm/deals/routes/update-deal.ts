import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonBody, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { Deal, UpdateDealBody } from '../deals.schemas.ts'
import { updateDeal } from '../update-deal.ts'
import { staleDealDoc, staleDealResponse } from './stale-deal.ts'

const route = createRoute({
  method: 'patch',
  path: '/deals/{dealId}',
  tags: ['Deals'],
  summary: "Edit a deal's fields",
  description:
    'Name, value, close date, owner, branch, contact, company, custom fields, and the close reason of a won or lost deal. The stage changes only by a move. With `version`, a deal changed meanwhile answers 409 with its current state.',
  middleware: [authenticate, requirePermission('crm.write')] as const,
  request: { params: IdParam('dealId', 'deal_01JD3Q9W2Z8K5V7M4N6P0R1S2T'), body: jsonBody(UpdateDealBody) },
  responses: { 200: jsonResponse(Deal, 'The deal as it is now'), 409: staleDealDoc, ...errorResponses },
})

export const updateDealRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const outcome = await updateDeal(tenantCtx(c), c.req.valid('param').dealId, c.req.valid('json'))
    if (outcome.kind === 'stale') return staleDealResponse(c, outcome.deal)
    return c.json(Deal.parse(outcome.deal), 200)
  },
})
