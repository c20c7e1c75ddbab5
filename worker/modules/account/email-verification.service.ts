import { eq, sql } from 'drizzle-orm'
import type { Ctx } from '../../context.ts'
import { ApiError } from '../../lib/errors.ts'
import { enforceAuthLimit, findUserById, signedInUser, users } from '../auth/index.ts'
import { enqueueEmail } from '../email/index.ts'
import { accountAuditInserts } from './account-audit.ts'
import {
  claimEmailToken,
  emailLink,
  findUsableEmailToken,
  prepareEmailToken,
  retireEmailTokens,
} from './email-tokens.ts'

export async function sendVerificationEmail(
  ctx: Ctx,
  to: { email: string; name: string },
  token: string,
): Promise<void> {
  await enqueueEmail(ctx, {
    template: 'verify_email',
    to: to.email,
    data: { name: to.name, url: emailLink(ctx, 'verify-email', token) },
  })
}

/** Sends a fresh link to a signed-in user whose address is not verified yet. */
export async function resendVerificationEmail(ctx: Ctx, userId: string): Promise<void> {
  const user = await signedInUser(ctx, userId)
  if (user.emailVerifiedAt) throw new ApiError('CONFLICT', 'Your e-mail address is already verified')
  await enforceAuthLimit(ctx, 'verify:account', user.id)
  const { token, insert } = await prepareEmailToken(ctx, user.id, 'verify_email')
  await insert
  await sendVerificationEmail(ctx, user, token)
}

/** Marks the address of the link's owner as verified; every other verification link stops working. */
export async function confirmEmail(ctx: Ctx, token: string): Promise<{ email: string }> {
  const row = await findUsableEmailToken(ctx, 'verify_email', token)
  await claimEmailToken(ctx, row)
  const user = await findUserById(ctx.d1, row.userId)
  if (!user) throw new ApiError('GONE', 'This account no longer exists')
  const audits = await accountAuditInserts(ctx, user.id, {
    action: 'auth.email_verified',
    actor: { kind: 'user', userId: user.id },
    target: { type: 'user', id: user.id },
  })
  await ctx.d1.batch([
    ctx.d1
      .update(users)
      .set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, ${ctx.now().getTime()})` })
      .where(eq(users.id, user.id)),
    retireEmailTokens(ctx, user.id, 'verify_email'),
    ...audits,
  ])
  return { email: user.email }
}
