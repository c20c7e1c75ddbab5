import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonBody, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { CreateRoutingRuleBody, RoutingRule } from '../routing.schemas.ts'
import { createRoutingRule as create } from '../rules.service.ts'

const route = createRoute({
  method: 'post',
  path: '/routing-rules',
  tags: ['Lead routing'],
  summary: 'Add an assignment rule at the end of the list',
  description:
    '`match` narrows the leads (branches, sources, connected sources, forms, the branch open or closed); an empty match takes every lead. `action` names one member, a round robin among members, or a round robin among the agents and managers of the lead’s branch. Every id must be of this organisation (400 otherwise).',
  middleware: [authenticate, requirePermission('routing.manage')] as const,
  request: { body: jsonBody(CreateRoutingRuleBody) },
  responses: { 201: jsonResponse(RoutingRule, 'The new rule'), ...errorResponses },
})

export const createRoutingRule = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(RoutingRule.parse(await create(tenantCtx(c), c.req.valid('json'))), 201),
})
