// Drives a QR sign-in the way the desktop browser does: a cookie jar of one, and its socket.
import { env, SELF } from 'cloudflare:test'
import { LoginServerMessage } from '../../../durable-objects/login-channel/protocol.ts'
import { collectMessages } from '../../helpers/socket.ts'
import { call } from '../../helpers/tenant.ts'

export const ORIGIN = 'http://localhost'
export const CHROME_ON_LINUX =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'

export const channelOf = (loginId: string) => env.LOGIN_CHANNEL.get(env.LOGIN_CHANNEL.idFromName(loginId))

/** Starts a QR sign-in as a desktop browser; `cookie` is what that browser would send back. */
export async function startDesktopLogin(headers: Record<string, string> = {}) {
  const res = await call<{ loginId: string; qrSvg: string; approveUrl: string; expiresAt: string }>(
    '/api/v1/auth/qr-logins',
    { method: 'POST', headers: { origin: ORIGIN, 'user-agent': CHROME_ON_LINUX, ...headers } },
  )
  const setCookie = res.headers.get('set-cookie') ?? ''
  const cookie = setCookie.split(';')[0] ?? ''
  return { res, setCookie, cookie, loginId: res.body.loginId }
}

export const completeAs = (loginId: string, cookie: string | null, origin = ORIGIN) =>
  call(`/api/v1/auth/qr-logins/${loginId}/complete`, {
    method: 'POST',
    headers: { origin, ...(cookie ? { cookie } : {}) },
  })

export async function openLoginSocket(
  loginId: string,
  cookie: string | null,
  origin: string | null = ORIGIN,
) {
  const res = await SELF.fetch(`${ORIGIN}/api/v1/auth/qr-logins/${loginId}/socket`, {
    headers: { upgrade: 'websocket', ...(cookie ? { cookie } : {}), ...(origin ? { origin } : {}) },
  })
  const socket = res.webSocket
  if (!socket) return { res, socket: null, next: () => Promise.reject(new Error(`no socket: ${res.status}`)) }
  const { next, closed } = collectMessages(socket, (json) => LoginServerMessage.parse(json))
  return { res, socket, next, closed }
}
