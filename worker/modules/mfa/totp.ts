/**
 * Time-based one-time passwords (RFC 6238, via otpauth): six digits, 30-second steps, SHA-1,
 * which is what every authenticator app understands. A code is accepted one step either side
 * of now (clock drift) and only once: the step of the last accepted code is kept on the user
 * and moved forward with a conditional UPDATE, so a replayed or raced code fails.
 */
import { and, eq, isNull, lt, or } from 'drizzle-orm'
import { Secret, TOTP } from 'otpauth'
import QRCode from 'qrcode-svg'
import type { Ctx } from '../../context.ts'
import { type UserRow, users } from '../auth/index.ts'
import { openTotpSecret } from './mfa.crypto.ts'

const ISSUER = 'Vitrine'
const PERIOD_SECONDS = 30
const WINDOW = 1

export function totpFor(base32: string, accountEmail: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label: accountEmail,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(base32),
  })
}

/** A new random 160-bit secret, in base32 (RFC 4226 recommends 160 bits). */
export const newTotpSecret = (): string => new Secret({ size: 20 }).base32

/** The otpauth URL as a scannable SVG; the URL carries the secret, so it is never logged or cached. */
export function qrSvgOf(otpauthUrl: string): string {
  return new QRCode({
    content: otpauthUrl,
    padding: 2,
    ecl: 'M',
    join: true,
    container: 'svg-viewbox',
    pretty: false,
  }).svg()
}

/** The time step a code belongs to, or null when it matches none within the window. */
export async function matchTotpStep(ctx: Ctx, user: UserRow, code: string): Promise<number | null> {
  if (!user.totpSecret) return null
  const base32 = await openTotpSecret(ctx.config.SESSION_SECRET, user.id, user.totpSecret)
  if (!base32) {
    ctx.log.error('a TOTP secret did not open; was SESSION_SECRET rotated?', { userId: user.id })
    return null
  }
  const timestamp = ctx.now().getTime()
  const delta = totpFor(base32, user.email).validate({ token: code, timestamp, window: WINDOW })
  if (delta === null) return null
  return Math.floor(timestamp / 1000 / PERIOD_SECONDS) + delta
}

/** Records `step` as used unless it, or a later one, already was; true when this call won. */
export async function claimTotpStep(ctx: Ctx, userId: string, step: number): Promise<boolean> {
  const claimed = await ctx.d1
    .update(users)
    .set({ totpLastUsedStep: step })
    .where(and(eq(users.id, userId), or(isNull(users.totpLastUsedStep), lt(users.totpLastUsedStep, step))))
    .returning({ id: users.id })
  return claimed.length > 0
}

/** A current, never-used code of an enabled authenticator. */
export async function verifyTotpCode(ctx: Ctx, user: UserRow, code: string): Promise<boolean> {
  if (!user.totpEnabledAt) return false
  const step = await matchTotpStep(ctx, user, code)
  return step !== null && (await claimTotpStep(ctx, user.id, step))
}
