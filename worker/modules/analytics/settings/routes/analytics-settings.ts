import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonBody, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { AnalyticsSettings } from '../../analytics.schemas.ts'
import { getAnalyticsSettings, updateAnalyticsSettings } from '../settings.service.ts'

const getRoute = createRoute({
  method: 'get',
  path: '/analytics/settings',
  tags: ['Analytics'],
  summary: 'How long raw analytics events are kept',
  description:
    'Raw events (what funnels read) are kept `retentionDays` days, 90 unless changed; the daily and hourly rollups behind every other figure are kept for the life of the account.',
  middleware: [authenticate, requirePermission('analytics.read')] as const,
  responses: { 200: jsonResponse(AnalyticsSettings, 'The settings'), ...errorResponses },
})

export const getAnalyticsSettingsRoute = defineOpenAPIRoute<typeof getRoute, AppEnv>({
  route: getRoute,
  handler: async (c) => c.json(AnalyticsSettings.parse(await getAnalyticsSettings(tenantCtx(c))), 200),
})

const putRoute = createRoute({
  method: 'put',
  path: '/analytics/settings',
  tags: ['Analytics'],
  summary: 'Set how long raw analytics events are kept',
  description:
    '`retentionDays` from 7 to 730. Events older than that are deleted at the next nightly purge; rollups, leads and their touch paths stay. For the whole organisation: members limited to some branches get 403.',
  middleware: [authenticate, requirePermission('analytics.manage')] as const,
  request: { body: jsonBody(AnalyticsSettings) },
  responses: { 200: jsonResponse(AnalyticsSettings, 'The settings now'), ...errorResponses },
})

export const putAnalyticsSettingsRoute = defineOpenAPIRoute<typeof putRoute, AppEnv>({
  route: putRoute,
  handler: async (c) => {
    const settings = await updateAnalyticsSettings(tenantCtx(c), c.req.valid('json'))
    return c.json(AnalyticsSettings.parse(settings), 200)
  },
})
