/**
 * Single-use secrets sent by e-mail (verify an address, reset a password). Only a SHA-256 of
 * each is stored, so a copy of the database opens nothing, and using one is a compare-and-set
 * on `used_at`, so two clicks on the same link cannot both succeed.
 */
import { and, eq, gt, isNull } from 'drizzle-orm'
import type { Ctx } from '../../context.ts'
import { ApiError } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { emailTokens, hashSecret, newSecret } from '../auth/index.ts'

export type EmailTokenPurpose = 'verify_email' | 'reset_password'
export type EmailTokenRow = typeof emailTokens.$inferSelect

export const EMAIL_TOKEN_TTL_SECONDS: Record<EmailTokenPurpose, number> = {
  verify_email: 24 * 60 * 60,
  reset_password: 60 * 60,
}

const PREFIX: Record<EmailTokenPurpose, string> = { verify_email: 've_', reset_password: 'pr_' }

const AGAIN: Record<EmailTokenPurpose, string> = {
  verify_email: 'sign in and send a new verification e-mail',
  reset_password: 'ask for a new one from “Forgot password?”',
}

/**
 * A new token and the (not yet run) statement that stores its hash: awaited on its own, or
 * put in a D1 batch beside the rows it belongs with.
 */
export async function prepareEmailToken(ctx: Ctx, userId: string, purpose: EmailTokenPurpose) {
  const token = newSecret(PREFIX[purpose])
  const insert = ctx.d1.insert(emailTokens).values({
    id: newId('emailToken'),
    userId,
    purpose,
    tokenHash: await hashSecret(token),
    expiresAt: new Date(ctx.now().getTime() + EMAIL_TOKEN_TTL_SECONDS[purpose] * 1000),
  })
  return { token, insert }
}

/** The stored row of a token that can still be used; a clear 400 or 410 otherwise. */
export async function findUsableEmailToken(
  ctx: Ctx,
  purpose: EmailTokenPurpose,
  token: string,
): Promise<EmailTokenRow> {
  const [row] = await ctx.d1
    .select()
    .from(emailTokens)
    .where(and(eq(emailTokens.tokenHash, await hashSecret(token)), eq(emailTokens.purpose, purpose)))
    .limit(1)
  if (!row) throw new ApiError('BAD_REQUEST', `This link is not valid; ${AGAIN[purpose]}`)
  if (row.usedAt) throw new ApiError('GONE', `This link has already been used; ${AGAIN[purpose]}`)
  if (row.expiresAt <= ctx.now()) throw new ApiError('GONE', `This link has expired; ${AGAIN[purpose]}`)
  return row
}

/** Marks the token used, unless another request got there first (then 410). */
export async function claimEmailToken(ctx: Ctx, row: EmailTokenRow): Promise<void> {
  const now = ctx.now()
  const claimed = await ctx.d1
    .update(emailTokens)
    .set({ usedAt: now })
    .where(and(eq(emailTokens.id, row.id), isNull(emailTokens.usedAt), gt(emailTokens.expiresAt, now)))
    .returning({ id: emailTokens.id })
  if (claimed.length === 0) {
    throw new ApiError('GONE', `This link has already been used; ${AGAIN[row.purpose]}`)
  }
}

/** The statement that retires every other outstanding token of one purpose for a user. */
export function retireEmailTokens(ctx: Ctx, userId: string, purpose: EmailTokenPurpose) {
  return ctx.d1
    .update(emailTokens)
    .set({ usedAt: ctx.now() })
    .where(and(eq(emailTokens.userId, userId), eq(emailTokens.purpose, purpose), isNull(emailTokens.usedAt)))
}

export const emailLink = (ctx: Ctx, page: 'verify-email' | 'reset-password', token: string) =>
  `${ctx.config.PUBLIC_ORIGIN}/app/${page}?token=${encodeURIComponent(token)}`
