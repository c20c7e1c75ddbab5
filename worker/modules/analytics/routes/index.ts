import type { AppEnv } from '../../../env.ts'
import { createRouter } from '../../../lib/router.ts'
import { analyticsBreakdown } from './breakdown.ts'
import { analyticsHeatmap } from './heatmap.ts'
import { analyticsLeague } from './league.ts'
import { analyticsLive } from './live.ts'
import { analyticsOverview } from './overview.ts'

/** The dashboard's views and the public stats API (API keys with `analytics:read`). */
export const analyticsQueryRoutes = createRouter<AppEnv>().openapiRoutes([
  analyticsOverview,
  analyticsBreakdown,
  analyticsHeatmap,
  analyticsLive,
  analyticsLeague,
] as const)
