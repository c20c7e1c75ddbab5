import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { ScoringRuleList } from '../rules.schemas.ts'
import { addSuggestedRules } from '../rules.service.ts'

const route = createRoute({
  method: 'post',
  path: '/scoring/rules/suggested',
  tags: ['Lead scoring'],
  summary: 'Start from the suggested rules',
  description:
    'Adds a starter set (source, QR scans, repeat contact, calls, meetings, consent, recency). Only for an organisation with no rules yet (409 otherwise).',
  middleware: [authenticate, requirePermission('crm.manage')] as const,
  responses: { 201: jsonResponse(ScoringRuleList, 'The rules added'), ...errorResponses },
})

export const addSuggestedRulesRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(ScoringRuleList.parse(await addSuggestedRules(tenantCtx(c))), 201),
})
