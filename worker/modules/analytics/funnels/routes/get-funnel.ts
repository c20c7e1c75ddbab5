import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { Funnel } from '../../analytics.schemas.ts'
import { getFunnel as get } from '../funnels.service.ts'
import { FUNNEL_ID_EXAMPLE } from './responses.ts'

const route = createRoute({
  method: 'get',
  path: '/analytics/funnels/{funnelId}',
  tags: ['Analytics'],
  summary: 'One funnel',
  middleware: [authenticate, requirePermission('analytics.read')] as const,
  request: { params: IdParam('funnelId', FUNNEL_ID_EXAMPLE) },
  responses: { 200: jsonResponse(Funnel, 'The funnel'), ...errorResponses },
})

export const getFunnel = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(Funnel.parse(await get(tenantCtx(c), c.req.valid('param').funnelId)), 200),
})
