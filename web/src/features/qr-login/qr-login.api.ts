import type {
  LoginClientMessage,
  LoginServerMessage,
} from '../../../../durable-objects/login-channel/protocol.ts'
import type { QrLogin, QrLoginStarted } from '../../../../worker/modules/qr-login/qr-login.schemas.ts'
import type { Session } from '../../api/auth.ts'
import { apiRequest } from '../../api/client.ts'

export type { LoginServerMessage, QrLogin, QrLoginStarted }

const BASE = '/api/v1/auth/qr-logins'
const pathOf = (loginId: string) => `${BASE}/${encodeURIComponent(loginId)}`

/** Starts a QR sign-in; the server binds it to this browser with an HttpOnly cookie. */
export const startQrLogin = (signal?: AbortSignal) =>
  apiRequest<QrLoginStarted>(BASE, { method: 'POST', signal })

export const getQrLogin = (loginId: string, signal?: AbortSignal) =>
  apiRequest<QrLogin>(pathOf(loginId), { signal })

export const decideQrLogin = (loginId: string, decision: 'approve' | 'deny') =>
  apiRequest<QrLogin>(`${pathOf(loginId)}/${decision}`, { method: 'POST' })

export const completeQrLogin = (loginId: string) =>
  apiRequest<Session>(`${pathOf(loginId)}/complete`, { method: 'POST' })

export function socketUrlOf(loginId: string): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws'
  return `${scheme}://${location.host}${pathOf(loginId)}/socket`
}

export const PING: LoginClientMessage = { type: 'ping' }

const TERMINAL = new Set(['approved', 'denied', 'expired', 'consumed'])

/** Checks a frame against the channel's protocol by hand (zod stays out of the bundle); null when unknown. */
export function parseLoginMessage(data: unknown): LoginServerMessage | null {
  if (typeof data !== 'string') return null
  let value: unknown
  try {
    value = JSON.parse(data)
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const message = value as Record<string, unknown>
  if (message.type === 'waiting' && typeof message.expiresAt === 'string') {
    return { type: 'waiting', expiresAt: message.expiresAt }
  }
  if (message.type === 'pong' && typeof message.at === 'number') return { type: 'pong', at: message.at }
  if (typeof message.type === 'string' && TERMINAL.has(message.type)) {
    return { type: message.type as 'approved' | 'denied' | 'expired' | 'consumed' }
  }
  return null
}
