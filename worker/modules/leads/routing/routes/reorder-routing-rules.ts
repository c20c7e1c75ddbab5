import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonBody, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { ReorderRoutingRulesBody, RoutingRuleList } from '../routing.schemas.ts'
import { reorderRoutingRules as reorder } from '../rules.service.ts'

const route = createRoute({
  method: 'put',
  path: '/routing-rules/order',
  tags: ['Lead routing'],
  summary: 'Put the assignment rules in a new order',
  description:
    "`ruleIds` lists every one of the organisation's rules exactly once (400 otherwise), first tried first.",
  middleware: [authenticate, requirePermission('routing.manage')] as const,
  request: { body: jsonBody(ReorderRoutingRulesBody) },
  responses: { 200: jsonResponse(RoutingRuleList, 'Every rule in its new order'), ...errorResponses },
})

export const reorderRoutingRules = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const rules = await reorder(tenantCtx(c), c.req.valid('json').ruleIds)
    return c.json(RoutingRuleList.parse({ data: rules }), 200)
  },
})
