import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { crmTx } from '../../crm-tx.ts'
import { getActivity as get } from '../activities.repo.ts'
import { Activity } from '../activities.schemas.ts'
import { toActivity } from '../activity-view.ts'

const route = createRoute({
  method: 'get',
  path: '/activities/{activityId}',
  tags: ['CRM activities'],
  summary: 'One activity',
  middleware: [authenticate, requirePermission('crm.read')] as const,
  request: { params: IdParam('activityId', 'act_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: { 200: jsonResponse(Activity, 'The activity'), ...errorResponses },
})

export const getActivity = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const ctx = tenantCtx(c)
    const { activityId } = c.req.valid('param')
    return c.json(toActivity(await crmTx(ctx, (tx) => get(tx, ctx.tenantId, activityId))), 200)
  },
})
