import type { Context } from 'hono'
import { getCookie } from 'hono/cookie'
import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../../env.ts'
import { ApiError } from '../../lib/errors.ts'
import { authenticateApiKey, isApiKey } from '../api-keys/api-keys.auth.ts'
import { ACCESS_COOKIE, verifyAccessToken } from './auth.tokens.ts'
import { type Actor, can, type MemberActor, type Permission } from './permissions.ts'
import { findSessionAccess } from './session-store.ts'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Resolves the actor: an API key (`Bearer vk_live_…`), an access token (`Bearer eyJ…`), or the
 * dashboard's session cookie. The session row, membership, role, branch scope and tenant status
 * are read in one D1 query on every request, so sign-out, removal or suspension take effect at
 * once. Cookie-borne mutations must come from our own origin (CSRF).
 */
export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  const bearer = c.req.header('authorization')?.match(/^Bearer\s+(.+)$/i)?.[1]
  if (bearer && isApiKey(bearer)) {
    const actor = await authenticateApiKey(c.var.ctx, bearer)
    if (!actor) throw new ApiError('UNAUTHORIZED', 'The API key is invalid or has been revoked')
    c.set('actor', actor)
    c.set('sessionExpiresAt', new Date(8.64e15))
    return next()
  }
  const token = bearer ?? getCookie(c, ACCESS_COOKIE)
  if (!token)
    throw new ApiError('UNAUTHORIZED', 'Sign in first: no session cookie, bearer token or API key was sent')
  if (!bearer) assertSameOrigin(c)
  const claims = await verifyAccessToken(c.var.config.SESSION_SECRET, token)
  if (!claims) throw new ApiError('UNAUTHORIZED', 'The session is invalid or has expired')
  const access = await findSessionAccess(c.env.DB, claims)
  if (!access || access.revoked_at !== null || access.expires_at <= Date.now()) {
    throw new ApiError('UNAUTHORIZED', 'This session has ended; sign in again')
  }
  if (!access.membership_id || !access.role || access.tenant_status === 'deleted') {
    throw new ApiError('UNAUTHORIZED', 'The session no longer has access to this organisation')
  }
  // Support staff impersonating may still look into a suspended tenant; its members may not.
  if (access.tenant_status === 'suspended' && !access.impersonator_id) {
    throw new ApiError('FORBIDDEN', 'This organisation is suspended; contact support')
  }
  c.set('actor', {
    kind: 'user',
    userId: claims.sub,
    tenantId: claims.tid,
    role: access.role,
    branchIds: access.branch_ids ? (JSON.parse(access.branch_ids) as string[]) : null,
    sessionId: claims.sid,
    impersonatorId: access.impersonator_id,
  })
  c.set('sessionExpiresAt', new Date(claims.exp * 1000))
  await next()
})

/** Cookies ride along on cross-site requests; bearer tokens do not, so only cookies need this. */
export function assertSameOrigin(c: Context<AppEnv>): void {
  if (SAFE_METHODS.has(c.req.method)) return
  const origin = c.req.header('origin')
  if (origin !== new URL(c.req.url).origin && origin !== c.var.config.PUBLIC_ORIGIN) {
    throw new ApiError('FORBIDDEN', 'Cross-origin requests with a session cookie are refused')
  }
}

/**
 * For the few checks that depend on the request itself (removing someone else rather than
 * leaving; exporting the organisation rather than oneself). Same rule, same answer as the middleware.
 */
export function assertCan(actor: Actor, permission: Permission): void {
  if (can(actor, permission)) return
  const who = actor.kind === 'user' ? `Your role (${actor.role})` : 'This API key'
  throw new ApiError('FORBIDDEN', `${who} lacks the permission ${permission}`)
}

/** The only way a route states what it needs; permissions.ts decides. */
export const requirePermission = (permission: Permission) =>
  createMiddleware<AppEnv>(async (c, next) => {
    assertCan(c.var.actor, permission)
    await next()
  })

/** For what only a person may do (their own sessions, MFA, keys): API keys are refused. */
export const requireUser = createMiddleware<AppEnv>(async (c, next) => {
  if (c.var.actor.kind !== 'user')
    throw new ApiError('FORBIDDEN', 'This needs a signed-in person, not an API key')
  await next()
})

/** Narrows the actor for handlers behind `requireUser`. */
export function userActor(c: Context<AppEnv>): MemberActor {
  const actor = c.var.actor
  if (actor.kind !== 'user') throw new ApiError('FORBIDDEN', 'This needs a signed-in person, not an API key')
  return actor
}
