import type { Ctx } from '../../../context.ts'
import { verifyPassword } from '../../auth/index.ts'
import { checkRateLimit, rateLimitHeaders } from '../../notifications/index.ts'
import type { QrRoute } from './qr-route.ts'
import { visitorHash } from './record-scan.ts'
import type { PasswordProblem } from './scan-pages.ts'

/** Tries per scanner and code; PBKDF2 makes each try slow too. */
export const PASSWORD_ATTEMPTS = { limit: 10, windowSeconds: 15 * 60 }
const MAX_FORM_BYTES = 4 * 1024

export type PasswordVerdict =
  | { ok: true }
  | { ok: false; problem: PasswordProblem; headers?: Record<string, string> }

async function submittedPassword(request: Request): Promise<string | null> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (Number(request.headers.get('content-length') ?? 0) > MAX_FORM_BYTES) return null
  const text = await request.text()
  if (new TextEncoder().encode(text).byteLength > MAX_FORM_BYTES) return null
  return type === 'application/x-www-form-urlencoded' ? (new URLSearchParams(text).get('password') ?? '') : ''
}

/**
 * Checks the password a visitor posted for a protected code. Every try counts against a
 * limit per code and scanner (the daily hash, so no IP is stored) in the tenant's hub. The
 * limiter fails open: a hub outage must not lock out the people the code was printed for.
 */
export async function checkCodePassword(
  ctx: Ctx,
  route: QrRoute & { passwordHash: string },
  request: Request,
): Promise<PasswordVerdict> {
  const scanner = await visitorHash(ctx, route.codeId, request, ctx.now())
  try {
    const decision = await checkRateLimit(ctx.env, route.tenantId, {
      key: `qr-password:${route.codeId}:${scanner}`,
      ...PASSWORD_ATTEMPTS,
    })
    if (!decision.allowed) return { ok: false, problem: 'limited', headers: rateLimitHeaders(decision) }
  } catch (error) {
    ctx.log.warn('rate limiter unavailable; letting the password try through', { error })
  }
  const password = await submittedPassword(request)
  if (password === null) return { ok: false, problem: 'too-large' }
  if (password && (await verifyPassword(password, route.passwordHash))) return { ok: true }
  return { ok: false, problem: 'wrong' }
}
