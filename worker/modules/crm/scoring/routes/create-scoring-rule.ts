import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonBody, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { ScoringRule, ScoringRuleInput } from '../rules.schemas.ts'
import { createRule } from '../rules.service.ts'

const route = createRoute({
  method: 'post',
  path: '/scoring/rules',
  tags: ['Lead scoring'],
  summary: 'Add a scoring rule',
  description:
    'A rule adds (or, with negative points, takes) points when its condition holds. Kinds: `source` (how the contact first came), `engagement` (at least `min` leads, touches, QR scans, calls, meetings, notes or e-mails within `withinDays`), `fit` (a filter condition on the contact, custom fields included, or on its primary company as `company.<field>`) and `recency` (points that halve every `halfLifeDays` since the last activity). Scores change at the next recompute.',
  middleware: [authenticate, requirePermission('crm.manage')] as const,
  request: { body: jsonBody(ScoringRuleInput) },
  responses: { 201: jsonResponse(ScoringRule, 'The new rule'), ...errorResponses },
})

export const createScoringRuleRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(ScoringRule.parse(await createRule(tenantCtx(c), c.req.valid('json'))), 201),
})
