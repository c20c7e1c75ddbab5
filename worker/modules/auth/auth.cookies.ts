import type { Context } from 'hono'
import { deleteCookie, setCookie } from 'hono/cookie'
import type { AppEnv } from '../../env.ts'
import type { SignedIn } from './auth.schemas.ts'
import type { IssuedSession } from './auth.service.ts'
import { ACCESS_COOKIE, ACCESS_TTL_SECONDS, REFRESH_COOKIE, REFRESH_TTL_SECONDS } from './auth.tokens.ts'

// The refresh cookie goes only to the auth endpoints, and never cross-site.
const REFRESH_PATH = '/api/v1/auth'

/**
 * Puts a new session in the browser's cookies, and in the body too when the client asked for
 * tokens (`tokenDelivery: 'body'`): a script can never read the cookies, only an API client
 * that asked gets the tokens.
 */
export function deliverSession(
  c: Context<AppEnv>,
  issued: IssuedSession,
  delivery: 'cookie' | 'body',
): SignedIn {
  const secure = isSecure(c)
  setAccessCookie(c, issued.accessToken)
  setCookie(c, REFRESH_COOKIE, issued.refreshToken, {
    httpOnly: true,
    secure,
    sameSite: 'Strict',
    path: REFRESH_PATH,
    maxAge: REFRESH_TTL_SECONDS,
  })
  return delivery === 'body'
    ? { ...issued.session, accessToken: issued.accessToken, refreshToken: issued.refreshToken }
    : issued.session
}

/** Replaces only the access token (the session moved to another organisation; its refresh token stays). */
export function setAccessCookie(c: Context<AppEnv>, accessToken: string): void {
  setCookie(c, ACCESS_COOKIE, accessToken, {
    httpOnly: true,
    secure: isSecure(c),
    sameSite: 'Lax',
    path: '/',
    maxAge: ACCESS_TTL_SECONDS,
  })
}

/** Every cookie of ours is `Secure` when the dashboard is served over HTTPS (not on localhost). */
export const isSecure = (c: Context<AppEnv>) => c.var.config.PUBLIC_ORIGIN.startsWith('https:')

export function clearSessionCookies(c: Context<AppEnv>): void {
  deleteCookie(c, ACCESS_COOKIE, { path: '/' })
  deleteCookie(c, REFRESH_COOKIE, { path: REFRESH_PATH })
}
