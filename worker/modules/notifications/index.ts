export { notificationRoutes } from './routes/index.ts'
export {
  checkPlatformRateLimit,
  checkRateLimit,
  countScan,
  disconnectUser,
  hubFor,
  publishTenantEvent,
  rateLimitHeaders,
} from './tenant-hub.ts'
