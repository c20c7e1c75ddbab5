import { eq, sql } from 'drizzle-orm'
import type { Ctx } from '../../context.ts'
import {
  enforceAuthLimit,
  findUserByEmail,
  hashPassword,
  revokeSessionsStatement,
  users,
} from '../auth/index.ts'
import { enqueueEmail } from '../email/index.ts'
import { accountAuditInserts } from './account-audit.ts'
import {
  claimEmailToken,
  emailLink,
  findUsableEmailToken,
  prepareEmailToken,
  retireEmailTokens,
} from './email-tokens.ts'

/** The same words whether or not an account uses the address, so the answer reveals nothing. */
export const RESET_REQUESTED =
  'If an account uses this address, we have sent it a link to choose a new password. It works once, for one hour.'

/**
 * Starts a reset. The answer never depends on whether the account exists: both paths do the
 * same lookup, and the token and e-mail for a real account are made after the response.
 */
export async function requestPasswordReset(ctx: Ctx, email: string): Promise<void> {
  await enforceAuthLimit(ctx, 'reset:ip', ctx.client.ip)
  await enforceAuthLimit(ctx, 'reset:account', email)
  const user = await findUserByEmail(ctx.d1, email)
  if (!user) return
  ctx.waitUntil(
    sendResetLink(ctx, user).catch((error: unknown) =>
      ctx.log.error('password reset e-mail not sent', { userId: user.id, error }),
    ),
  )
}

async function sendResetLink(ctx: Ctx, user: { id: string; email: string }): Promise<void> {
  const { token, insert } = await prepareEmailToken(ctx, user.id, 'reset_password')
  const audits = await accountAuditInserts(ctx, user.id, {
    action: 'auth.password_reset_requested',
    actor: { kind: 'system' },
    target: { type: 'user', id: user.id },
  })
  await ctx.d1.batch([insert, ...audits])
  await enqueueEmail(ctx, {
    template: 'reset_password',
    to: user.email,
    data: { url: emailLink(ctx, 'reset-password', token) },
  })
}

/**
 * Sets the new password from a reset link, then, in one batch: retires every other reset
 * link, signs the account out everywhere (whoever had the old password is out too), lifts a
 * lockout, and marks the address verified, since the link proved the person reads it.
 */
export async function confirmPasswordReset(ctx: Ctx, token: string, password: string): Promise<void> {
  const row = await findUsableEmailToken(ctx, 'reset_password', token)
  const passwordHash = await hashPassword(password)
  await claimEmailToken(ctx, row)
  const now = ctx.now()
  const audits = await accountAuditInserts(ctx, row.userId, {
    action: 'auth.password_reset',
    actor: { kind: 'user', userId: row.userId },
    target: { type: 'user', id: row.userId },
  })
  await ctx.d1.batch([
    ctx.d1
      .update(users)
      .set({
        passwordHash,
        failedSignIns: 0,
        lockedUntil: null,
        emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, ${now.getTime()})`,
      })
      .where(eq(users.id, row.userId)),
    retireEmailTokens(ctx, row.userId, 'reset_password'),
    revokeSessionsStatement(ctx, row.userId),
    ...audits,
  ])
}
