export { clearSessionCookies, deliverSession, setAccessCookie } from './auth.cookies.ts'
export { AUTH_LIMITS, enforceAuthLimit } from './auth.limits.ts'
export {
  assertSameOrigin,
  authenticate,
  requirePermission,
  requireUser,
  userActor,
} from './auth.middleware.ts'
export { hashPassword, verifyPassword } from './auth.passwords.ts'
export { findUserByEmail, findUserById, listMemberships, type UserRow } from './auth.repo.ts'
export { Email, NewPassword, Session, SignedIn, TokenDelivery } from './auth.schemas.ts'
export {
  completeSignIn,
  describeSession,
  type IssuedSession,
  MFA_TOKEN_TTL_SECONDS,
  secondFactorsOf,
} from './auth.service.ts'
export { emailTokens, memberships, passkeys, recoveryCodes, sessions, users } from './auth.tables.ts'
export { hashSecret, newSecret, signAccessToken, verifyPurposeToken } from './auth.tokens.ts'
export { type BranchScope, inBranchScope } from './branch-scope.ts'
export type { Actor, ApiScope, Permission, Role } from './permissions.ts'
export { can, ROLE_RANK } from './permissions.ts'
export { authRoutes } from './routes/index.ts'
export {
  listActiveSessions,
  revokeAllSessions,
  revokeSession,
  type SessionRow,
  switchSessionTenant,
} from './session-store.ts'
