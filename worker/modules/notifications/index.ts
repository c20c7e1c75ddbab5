export { notificationRoutes } from './routes/index.ts'
export {
  checkPlatformRateLimit,
  checkRateLimit,
  disconnectUser,
  hubFor,
  publishTenantEvent,
  rateLimitHeaders,
} from './tenant-hub.ts'
