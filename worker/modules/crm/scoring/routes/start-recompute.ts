import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { RecomputeStatus } from '../rules.schemas.ts'
import { startRecompute } from '../scoring.service.ts'

const route = createRoute({
  method: 'post',
  path: '/scoring/recompute',
  tags: ['Lead scoring'],
  summary: 'Recompute every contact’s score now',
  description:
    'Queues a recompute of all contacts, 500 at a time; follow it with GET /scoring/recompute. A run already under way is not started twice. Scores are also recomputed every night and after each new lead.',
  middleware: [authenticate, requirePermission('crm.manage')] as const,
  responses: {
    202: jsonResponse(RecomputeStatus, 'Queued, or the run already under way'),
    ...errorResponses,
  },
})

export const startRecomputeRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(RecomputeStatus.parse(await startRecompute(tenantCtx(c))), 202),
})
