import type { AppEnv } from '../../../../env.ts'
import { createRouter } from '../../../../lib/router.ts'
import { getLeadSettingsRoute, putLeadSettingsRoute } from './lead-settings.ts'
import { getResponseTimesRoute } from './response-times.ts'

export const slaRoutes = createRouter<AppEnv>().openapiRoutes([
  getLeadSettingsRoute,
  putLeadSettingsRoute,
  getResponseTimesRoute,
] as const)
