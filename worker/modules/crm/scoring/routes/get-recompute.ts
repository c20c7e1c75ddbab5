import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { RecomputeStatus } from '../rules.schemas.ts'
import { recomputeStatus } from '../scoring.service.ts'

const route = createRoute({
  method: 'get',
  path: '/scoring/recompute',
  tags: ['Lead scoring'],
  summary: 'Progress of the latest full recompute',
  middleware: [authenticate, requirePermission('crm.read')] as const,
  responses: { 200: jsonResponse(RecomputeStatus, 'Contacts scored so far, of how many'), ...errorResponses },
})

export const getRecomputeRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(RecomputeStatus.parse(await recomputeStatus(tenantCtx(c))), 200),
})
