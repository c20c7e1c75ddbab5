import type { Ctx } from '../../context.ts'
import { sha256Hex } from '../../lib/crypto.ts'
import { ApiError } from '../../lib/errors.ts'
// Not the notifications index: that mounts routes which import auth/index.ts, a cycle that
// leaves auth's middleware undefined while the routes are built.
import { checkPlatformRateLimit, rateLimitHeaders } from '../notifications/tenant-hub.ts'

/** Attempts allowed per window for each public auth endpoint, per IP and per account. */
export const AUTH_LIMITS = {
  'sign-in:ip': { limit: 30, windowSeconds: 10 * 60 },
  'sign-in:account': { limit: 10, windowSeconds: 15 * 60 },
  'sign-up:ip': { limit: 10, windowSeconds: 60 * 60 },
  'reset:ip': { limit: 10, windowSeconds: 60 * 60 },
  'reset:account': { limit: 3, windowSeconds: 60 * 60 },
  'verify:account': { limit: 5, windowSeconds: 60 * 60 },
  'mfa:account': { limit: 10, windowSeconds: 15 * 60 },
  'qr:ip': { limit: 30, windowSeconds: 10 * 60 },
  'passkey:ip': { limit: 30, windowSeconds: 10 * 60 },
} as const
export type AuthLimit = keyof typeof AUTH_LIMITS

/** Consecutive failed passwords before the account locks, and for how long. */
export const LOCKOUT_THRESHOLD = 5
export const LOCKOUT_SECONDS = 15 * 60

/**
 * Counts one attempt against a limit and answers 429 with Retry-After and RateLimit headers
 * when it is spent. The subject (an IP or an e-mail) is hashed with the secret first, so the
 * limiter's storage holds no addresses. Fails open if the limiter cannot be reached: an
 * outage of the hub must not lock everyone out.
 */
export async function enforceAuthLimit(ctx: Ctx, limit: AuthLimit, subject: string | null): Promise<void> {
  if (!subject) return
  const { limit: max, windowSeconds } = AUTH_LIMITS[limit]
  const key = `${limit}:${(await sha256Hex(`${ctx.config.SESSION_SECRET}|${subject.toLowerCase()}`)).slice(0, 32)}`
  let decision: Awaited<ReturnType<typeof checkPlatformRateLimit>>
  try {
    decision = await checkPlatformRateLimit(ctx.env, { key, limit: max, windowSeconds })
  } catch (error) {
    ctx.log.warn('auth limiter unavailable; letting the attempt through', { limit, error })
    return
  }
  if (!decision.allowed) {
    throw new ApiError('RATE_LIMITED', `Too many attempts; try again in ${decision.retryAfter} seconds`, {
      headers: rateLimitHeaders(decision),
    })
  }
}
