/**
 * WebAuthn challenges live in KV for five minutes and are deleted when first presented, so
 * each is good for one ceremony. Each names what it is for (adding a passkey, the second step
 * of one user's sign-in, or a passwordless sign-in), so a challenge of one kind cannot be
 * spent on another. KV is eventually consistent across locations; two uses racing through
 * different data centres within that window could both read it, which the authenticator's
 * signature counter and the passkeys' unique ids then catch.
 */
import { z } from 'zod'
import type { Ctx } from '../../context.ts'

export const CHALLENGE_TTL_SECONDS = 5 * 60
const PREFIX = 'webauthn:'

export type ChallengePurpose =
  | { purpose: 'registration'; userId: string }
  | { purpose: 'mfa'; userId: string }
  | { purpose: 'passwordless' }

const Stored = z.object({
  purpose: z.enum(['registration', 'mfa', 'passwordless']),
  userId: z.string().nullable(),
  expiresAt: z.number(),
})

export async function saveChallenge(ctx: Ctx, challenge: string, purpose: ChallengePurpose): Promise<void> {
  const stored: z.infer<typeof Stored> = {
    purpose: purpose.purpose,
    userId: 'userId' in purpose ? purpose.userId : null,
    expiresAt: ctx.now().getTime() + CHALLENGE_TTL_SECONDS * 1000,
  }
  await ctx.env.SITE_CACHE.put(PREFIX + challenge, JSON.stringify(stored), {
    expirationTtl: CHALLENGE_TTL_SECONDS,
  })
}

/**
 * True when the challenge was issued for this purpose (and user) and has not expired; it is
 * deleted either way. Used as @simplewebauthn's `expectedChallenge` callback.
 */
export async function consumeChallenge(
  ctx: Ctx,
  challenge: string,
  expected: ChallengePurpose,
): Promise<boolean> {
  // The value comes from the client's clientDataJSON: refuse what we never issue before it reaches KV.
  if (!/^[A-Za-z0-9_-]{16,128}$/.test(challenge)) return false
  const key = PREFIX + challenge
  const raw = await ctx.env.SITE_CACHE.get(key)
  if (raw === null) return false
  await ctx.env.SITE_CACHE.delete(key)
  let parsed: z.infer<typeof Stored> | undefined
  try {
    parsed = Stored.parse(JSON.parse(raw))
  } catch {
    return false
  }
  return (
    parsed.expiresAt > ctx.now().getTime() &&
    parsed.purpose === expected.purpose &&
    parsed.userId === ('userId' in expected ? expected.userId : null)
  )
}
