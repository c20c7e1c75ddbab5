import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonBody, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { BulkActivitiesBody, BulkActivitiesResult } from '../activities.schemas.ts'
import { bulkActivities as bulk } from '../bulk-activities.ts'

const route = createRoute({
  method: 'post',
  path: '/activities/bulk',
  tags: ['CRM activities'],
  summary: 'Complete or reassign many activities',
  description:
    'Up to 500 at once, all or none: an id the caller cannot see (404) or a system entry (400) changes nothing.',
  middleware: [authenticate, requirePermission('crm.write')] as const,
  request: { body: jsonBody(BulkActivitiesBody) },
  responses: { 200: jsonResponse(BulkActivitiesResult, 'How many changed'), ...errorResponses },
})

export const bulkActivities = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(await bulk(tenantCtx(c), c.req.valid('json')), 200),
})
