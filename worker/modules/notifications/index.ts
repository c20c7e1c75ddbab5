export { notificationRoutes } from './routes/index.ts'
export {
  checkPlatformRateLimit,
  checkRateLimit,
  hubFor,
  publishTenantEvent,
  rateLimitHeaders,
} from './tenant-hub.ts'
