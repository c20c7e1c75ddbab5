import type { AppEnv } from '../../../../env.ts'
import { createRouter } from '../../../../lib/router.ts'
import { getAttribution } from './get-attribution.ts'
import { getLeadTouches } from './get-lead-touches.ts'

export const attributionRoutes = createRouter<AppEnv>().openapiRoutes([
  getAttribution,
  getLeadTouches,
] as const)
