import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { CalendarAnswer, CalendarQuery } from '../activities.schemas.ts'
import { activityCalendar as calendar } from '../list-activities.ts'

const route = createRoute({
  method: 'get',
  path: '/activities/calendar',
  tags: ['CRM activities'],
  summary: 'Activities in a date range, for the calendar',
  description:
    'Tasks and calls by their due time, meetings by their start, done or not, from `from` (inclusive) to `to` (exclusive), at most 62 days. `assignee`: `me` or a user id.',
  middleware: [authenticate, requirePermission('crm.read')] as const,
  request: { query: CalendarQuery },
  responses: { 200: jsonResponse(CalendarAnswer, 'What falls in the range'), ...errorResponses },
})

export const activityCalendar = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(await calendar(tenantCtx(c), c.req.valid('query')), 200),
})
