import type { Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import type { AppEnv } from '../../env.ts'
import { isSecure } from '../auth/index.ts'

/**
 * The cookie that binds a QR sign-in to the browser that showed the code. Its path is the
 * login's own URL, so it goes nowhere else, and two tabs with two codes do not overwrite
 * each other's. Strict: no other site can make the browser send it.
 */
export const QR_COOKIE = 'vitrine_qr'

const pathOf = (loginId: string) => `/api/v1/auth/qr-logins/${loginId}`

export function setBrowserCookie(
  c: Context<AppEnv>,
  loginId: string,
  secret: string,
  expiresAt: number,
): void {
  setCookie(c, QR_COOKIE, secret, {
    httpOnly: true,
    secure: isSecure(c),
    sameSite: 'Strict',
    path: pathOf(loginId),
    maxAge: Math.max(1, Math.ceil((expiresAt - Date.now()) / 1000)),
  })
}

export const browserSecretOf = (c: Context<AppEnv>): string | undefined => getCookie(c, QR_COOKIE)

export function clearBrowserCookie(c: Context<AppEnv>, loginId: string): void {
  deleteCookie(c, QR_COOKIE, { path: pathOf(loginId) })
}
