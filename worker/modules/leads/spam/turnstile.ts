// Server-side Turnstile: a widget token proves nothing until siteverify confirms it. The secret
// and the token are credentials; neither is ever logged.
import type { Ctx } from '../../../context.ts'
import { sha256Hex } from '../../../lib/crypto.ts'

export type TurnstileVerdict =
  | { ok: true }
  /** Siteverify said the visitor's token is no good (invalid, expired or already used). */
  | { ok: false; reason: 'rejected'; codes: string[] }
  /** We could not get an answer about the token: siteverify down, or it refused our request. */
  | { ok: false; reason: 'unverified' }
  /** No TURNSTILE_SECRET_KEY: the platform runs without the check. */
  | { ok: false; reason: 'not_configured' }

const TIMEOUT_MS = 5000
// The codes that blame the token; the others (missing or invalid secret, bad request,
// internal error) are our side or Cloudflare's, and must not cost the visitor their lead.
const VISITOR_CODES = new Set(['missing-input-response', 'invalid-input-response', 'timeout-or-duplicate'])

interface SiteverifyAnswer {
  success?: unknown
  'error-codes'?: unknown
}

/**
 * Siteverify wants a UUID; one derived from the lead's idempotency key lets a resent form
 * verify its (already spent) token again instead of failing as a duplicate.
 */
export async function turnstileIdempotencyKey(leadKey: string): Promise<string> {
  const hex = (await sha256Hex(`turnstile|${leadKey}`)).slice(0, 32)
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

async function askSiteverify(ctx: Ctx, body: URLSearchParams): Promise<SiteverifyAnswer | null> {
  try {
    const res = await fetch(ctx.config.TURNSTILE_VERIFY_URL, {
      method: 'POST',
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    if (!res.ok) {
      ctx.log.error('turnstile siteverify failed', { status: res.status })
      return null
    }
    return (await res.json()) as SiteverifyAnswer
  } catch (error) {
    ctx.log.error('turnstile siteverify unreachable', { error: String(error) })
    return null
  }
}

/** Asks siteverify about a visitor's widget token; `ip` is the visitor's, when known. */
export async function verifyTurnstile(
  ctx: Ctx,
  token: string,
  ip: string | null,
  idempotencyKey?: string,
): Promise<TurnstileVerdict> {
  const secret = ctx.config.TURNSTILE_SECRET_KEY
  if (!secret) {
    ctx.log.warn('TURNSTILE_SECRET_KEY is not set; the Turnstile check is skipped')
    return { ok: false, reason: 'not_configured' }
  }
  const body = new URLSearchParams({ secret, response: token })
  if (ip) body.set('remoteip', ip)
  if (idempotencyKey) body.set('idempotency_key', idempotencyKey)
  const answer = await askSiteverify(ctx, body)
  if (!answer) return { ok: false, reason: 'unverified' }
  if (answer.success === true) return { ok: true }
  const codes = Array.isArray(answer['error-codes'])
    ? answer['error-codes'].filter((c): c is string => typeof c === 'string')
    : []
  if (codes.length > 0 && codes.every((c) => VISITOR_CODES.has(c))) {
    return { ok: false, reason: 'rejected', codes }
  }
  ctx.log.error('turnstile siteverify refused our request', { codes })
  return { ok: false, reason: 'unverified' }
}
