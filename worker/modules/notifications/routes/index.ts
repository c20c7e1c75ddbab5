import type { AppEnv } from '../../../env.ts'
import { createRouter } from '../../../lib/router.ts'
import { getNotificationPreferences } from './get-notification-preferences.ts'
import { openRealtime } from './open-realtime.ts'
import { updateNotificationPreferences } from './update-notification-preferences.ts'

export const notificationRoutes = createRouter<AppEnv>().openapiRoutes([
  openRealtime,
  getNotificationPreferences,
  updateNotificationPreferences,
] as const)
