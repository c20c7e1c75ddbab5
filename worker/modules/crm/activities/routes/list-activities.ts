import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { ActivityList, ListActivitiesQuery } from '../activities.schemas.ts'
import { listActivities as list } from '../list-activities.ts'

const route = createRoute({
  method: 'get',
  path: '/activities',
  tags: ['CRM activities'],
  summary: 'List activities',
  description:
    'Newest first, or with `sort=due` soonest due first (only those with a due time). Filter by type, assignee (`me`, `unassigned` or a user id), open or completed, a due range, and the contact, company or deal. Cursor paged.',
  middleware: [authenticate, requirePermission('crm.read')] as const,
  request: { query: ListActivitiesQuery },
  responses: { 200: jsonResponse(ActivityList, 'A page of activities'), ...errorResponses },
})

export const listActivities = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(await list(tenantCtx(c), c.req.valid('query')), 200),
})
