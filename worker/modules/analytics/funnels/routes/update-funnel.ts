import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonBody, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { Funnel } from '../../analytics.schemas.ts'
import { FunnelPatch } from '../funnels.schemas.ts'
import { updateFunnel as update } from '../funnels.service.ts'
import { FUNNEL_ID_EXAMPLE } from './responses.ts'

const route = createRoute({
  method: 'patch',
  path: '/analytics/funnels/{funnelId}',
  tags: ['Analytics'],
  summary: 'Rename or redefine a funnel',
  description:
    'The fields given replace the stored ones; `steps` replaces every step. Reports are computed when asked, so past periods follow the new steps too.',
  middleware: [authenticate, requirePermission('analytics.manage')] as const,
  request: { params: IdParam('funnelId', FUNNEL_ID_EXAMPLE), body: jsonBody(FunnelPatch) },
  responses: { 200: jsonResponse(Funnel, 'The funnel as it is now'), ...errorResponses },
})

export const updateFunnel = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const funnel = await update(tenantCtx(c), c.req.valid('param').funnelId, c.req.valid('json'))
    return c.json(Funnel.parse(funnel), 200)
  },
})
