import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonBody, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { RoutingRule, UpdateRoutingRuleBody } from '../routing.schemas.ts'
import { updateRoutingRule as update } from '../rules.service.ts'

const route = createRoute({
  method: 'patch',
  path: '/routing-rules/{ruleId}',
  tags: ['Lead routing'],
  summary: 'Change an assignment rule',
  description: 'Replaces each field it names whole (all of `match`, all of `action`).',
  middleware: [authenticate, requirePermission('routing.manage')] as const,
  request: {
    params: IdParam('ruleId', 'rrl_01JD3Q9W2Z8K5V7M4N6P0R1S2T'),
    body: jsonBody(UpdateRoutingRuleBody),
  },
  responses: { 200: jsonResponse(RoutingRule, 'The rule as it is now'), ...errorResponses },
})

export const updateRoutingRule = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const rule = await update(tenantCtx(c), c.req.valid('param').ruleId, c.req.valid('json'))
    return c.json(RoutingRule.parse(rule), 200)
  },
})
