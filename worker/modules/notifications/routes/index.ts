import type { AppEnv } from '../../../env.ts'
import { createRouter } from '../../../lib/router.ts'
import { openRealtime } from './open-realtime.ts'

export const notificationRoutes = createRouter<AppEnv>().openapiRoutes([openRealtime] as const)
