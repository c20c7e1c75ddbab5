import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { ScoringRuleList } from '../rules.schemas.ts'
import { listRules } from '../rules.service.ts'

const route = createRoute({
  method: 'get',
  path: '/scoring/rules',
  tags: ['Lead scoring'],
  summary: "The organisation's lead-scoring rules, in order",
  middleware: [authenticate, requirePermission('crm.read')] as const,
  responses: { 200: jsonResponse(ScoringRuleList, 'The rules'), ...errorResponses },
})

export const listScoringRulesRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(ScoringRuleList.parse(await listRules(tenantCtx(c))), 200),
})
