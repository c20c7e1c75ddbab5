import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonBody, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { ScoringRule, ScoringRulePatch } from '../rules.schemas.ts'
import { updateRule } from '../rules.service.ts'

const route = createRoute({
  method: 'patch',
  path: '/scoring/rules/{scoringRuleId}',
  tags: ['Lead scoring'],
  summary: 'Change, switch on or off, or move a scoring rule',
  middleware: [authenticate, requirePermission('crm.manage')] as const,
  request: {
    params: IdParam('scoringRuleId', 'srul_01JD3Q9W2Z8K5V7M4N6P0R1S2T'),
    body: jsonBody(ScoringRulePatch),
  },
  responses: { 200: jsonResponse(ScoringRule, 'The rule as saved'), ...errorResponses },
})

export const updateScoringRuleRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const rule = await updateRule(tenantCtx(c), c.req.valid('param').scoringRuleId, c.req.valid('json'))
    return c.json(ScoringRule.parse(rule), 200)
  },
})
