export { clearSessionCookies, deliverSession, isSecure, setAccessCookie } from './auth.cookies.ts'
export { AUTH_LIMITS, enforceAuthLimit } from './auth.limits.ts'
export {
  assertCan,
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
  accessFor,
  completeSignIn,
  describeSession,
  type IssuedSession,
  MFA_TOKEN_TTL_SECONDS,
  secondFactorsOf,
  signedInUser,
} from './auth.service.ts'
export { emailTokens, memberships, passkeys, recoveryCodes, sessions, users } from './auth.tables.ts'
export { ACCESS_COOKIE, hashSecret, newSecret, signAccessToken, verifyPurposeToken } from './auth.tokens.ts'
export { type BranchScope, inBranchScope } from './branch-scope.ts'
export type { Actor, ApiScope, MemberActor, Permission, Role } from './permissions.ts'
export { API_SCOPES, can, canSeeBranch, ROLE_RANK, ROLES } from './permissions.ts'
export { authRoutes } from './routes/index.ts'
export {
  listActiveSessions,
  revokeAllSessions,
  revokeSession,
  revokeSessionsStatement,
  type SessionRow,
  switchSessionTenant,
} from './session-store.ts'
