export { notificationRoutes } from './routes/index.ts'
export { checkRateLimit, hubFor, publishTenantEvent, rateLimitHeaders } from './tenant-hub.ts'
