import { getCookie } from 'hono/cookie'
import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../../env.ts'
import { d1 } from '../../lib/d1.ts'
import { ApiError } from '../../lib/errors.ts'
import { listMemberships } from './auth.repo.ts'
import { SESSION_COOKIE, verifySession } from './auth.sessions.ts'
import { can, type Permission } from './permissions.ts'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Resolves the actor from a bearer token or the session cookie. The role is read from the
 * membership on every request, so removing a member takes effect at once. Cookie-borne
 * mutations must come from our own origin (CSRF).
 */
export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('authorization')
  const bearer = header?.match(/^Bearer\s+(.+)$/i)?.[1]
  const token = bearer ?? getCookie(c, SESSION_COOKIE)
  if (!token) throw new ApiError('UNAUTHORIZED', 'Sign in first: no session cookie or bearer token was sent')
  const claims = await verifySession(c.var.config.SESSION_SECRET, token)
  if (!claims) throw new ApiError('UNAUTHORIZED', 'The session is invalid or has expired')
  if (!bearer && !SAFE_METHODS.has(c.req.method)) {
    const origin = c.req.header('origin')
    if (origin !== new URL(c.req.url).origin && origin !== c.var.config.PUBLIC_ORIGIN) {
      throw new ApiError('FORBIDDEN', 'Cross-origin requests with a session cookie are refused')
    }
  }
  const membership = (await listMemberships(d1(c.env.DB), claims.sub)).find((m) => m.tenantId === claims.tid)
  if (!membership) throw new ApiError('UNAUTHORIZED', 'The session no longer has access to this organisation')
  c.set('actor', { userId: claims.sub, tenantId: claims.tid, role: membership.role })
  c.set('sessionExpiresAt', new Date(claims.exp * 1000))
  await next()
})

/** The only way a route states what it needs; the matrix in permissions.ts decides. */
export const requirePermission = (permission: Permission) =>
  createMiddleware<AppEnv>(async (c, next) => {
    if (!can(c.var.actor.role, permission)) {
      throw new ApiError('FORBIDDEN', `Your role (${c.var.actor.role}) lacks the permission ${permission}`)
    }
    await next()
  })
