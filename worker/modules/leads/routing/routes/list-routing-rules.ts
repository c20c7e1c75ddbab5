import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { RoutingRuleList } from '../routing.schemas.ts'
import { listRoutingRules as list } from '../rules.service.ts'

const route = createRoute({
  method: 'get',
  path: '/routing-rules',
  tags: ['Lead routing'],
  summary: 'List the assignment rules in the order they are tried',
  description:
    "A staff card's lead goes to that person when they can take it. Otherwise the enabled rules are tried from position 0 up: the first that matches the lead and finds a member who is available (and on shift, unless the rule ignores shifts) assigns it. When none does, the lead stays unassigned.",
  middleware: [authenticate, requirePermission('routing.manage')] as const,
  responses: { 200: jsonResponse(RoutingRuleList, 'Every rule, first tried first'), ...errorResponses },
})

export const listRoutingRules = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(RoutingRuleList.parse({ data: await list(tenantCtx(c)) }), 200),
})
