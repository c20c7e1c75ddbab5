import type { AppEnv } from '../../../../env.ts'
import { createRouter } from '../../../../lib/router.ts'
import { getAnalyticsSettingsRoute, putAnalyticsSettingsRoute } from './analytics-settings.ts'

export const analyticsSettingsRoutes = createRouter<AppEnv>().openapiRoutes([
  getAnalyticsSettingsRoute,
  putAnalyticsSettingsRoute,
] as const)
