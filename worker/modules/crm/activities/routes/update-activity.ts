import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonBody, jsonResponse, problemDoc } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { Activity, UpdateActivityBody } from '../activities.schemas.ts'
import { updateActivity as update } from '../update-activity.ts'

const route = createRoute({
  method: 'patch',
  path: '/activities/{activityId}',
  tags: ['CRM activities'],
  summary: 'Edit, complete, reopen or reassign an activity',
  description:
    '`completed: true` marks it done (by the caller, now); `false` reopens it. A new `remindAt` sends the reminder again. Newly mentioned members are told. System entries cannot be changed (409).',
  middleware: [authenticate, requirePermission('crm.write')] as const,
  request: {
    params: IdParam('activityId', 'act_01JD3Q9W2Z8K5V7M4N6P0R1S2T'),
    body: jsonBody(UpdateActivityBody),
  },
  responses: {
    200: jsonResponse(Activity, 'The activity as it is now'),
    409: problemDoc('A system entry'),
    ...errorResponses,
  },
})

export const updateActivity = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(await update(tenantCtx(c), c.req.valid('param').activityId, c.req.valid('json')), 200),
})
