export { type AlertCtx, notifyLeadArrived, notifyLeadAssigned, notifySlaBreach } from './lead-alerts.ts'
export { getPreferences } from './preferences.service.ts'
export { notificationRoutes } from './routes/index.ts'
export {
  checkPlatformRateLimit,
  checkRateLimit,
  countScan,
  disconnectUser,
  hubFor,
  nextInRotation,
  publishTenantEvent,
  rateLimitHeaders,
} from './tenant-hub.ts'
