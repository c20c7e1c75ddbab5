export { requirePlatformAdmin } from './admin.middleware.ts'
export { IMPERSONATION_TTL_SECONDS } from './admin.service.ts'
export { adminRoutes } from './routes/index.ts'
