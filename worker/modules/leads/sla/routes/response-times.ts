import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { getResponseTimes } from '../response-times.ts'
import { ResponseTimes, ResponseTimesQuery } from '../sla.schemas.ts'

const route = createRoute({
  method: 'get',
  path: '/reports/response-times',
  tags: ['Lead routing'],
  summary: 'How fast leads get their first response, per branch and per agent',
  description:
    'For the leads that arrived from `from` to `to` (UTC days, both included; default the last 30 days, at most 366), spam left out: how many, how many were answered, the median and 90th percentile minutes to the first response, breaches of the target and the share answered within it. Members limited to some branches see those branches only.',
  middleware: [authenticate, requirePermission('leads.read'), requirePermission('analytics.read')] as const,
  request: { query: ResponseTimesQuery },
  responses: { 200: jsonResponse(ResponseTimes, 'The report'), ...errorResponses },
})

export const getResponseTimesRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(ResponseTimes.parse(await getResponseTimes(tenantCtx(c), c.req.valid('query'))), 200),
})
