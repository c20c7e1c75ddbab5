export { authenticate, requirePermission } from './auth.middleware.ts'
export { hashPassword, verifyPassword } from './auth.passwords.ts'
export type { Permission, Role } from './permissions.ts'
export { authRoutes } from './routes/index.ts'
