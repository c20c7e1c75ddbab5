import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, problemDoc } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { deleteActivity as remove } from '../update-activity.ts'

const route = createRoute({
  method: 'delete',
  path: '/activities/{activityId}',
  tags: ['CRM activities'],
  summary: 'Delete an activity',
  description: 'It disappears from lists, timelines and the calendar, and its reminder no longer fires.',
  middleware: [authenticate, requirePermission('crm.write')] as const,
  request: { params: IdParam('activityId', 'act_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: { 204: { description: 'Deleted' }, 409: problemDoc('A system entry'), ...errorResponses },
})

export const deleteActivity = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    await remove(tenantCtx(c), c.req.valid('param').activityId)
    return c.body(null, 204)
  },
})
