import { eq } from 'drizzle-orm'
import type { Ctx } from '../../context.ts'
import { ApiError } from '../../lib/errors.ts'
import { auditInsert } from '../audit/index.ts'
import {
  enforceAuthLimit,
  hashPassword,
  type MemberActor,
  revokeSessionsStatement,
  signedInUser,
  users,
  verifyPassword,
} from '../auth/index.ts'
import type { ChangePasswordBody } from './account.schemas.ts'
import { retireEmailTokens } from './email-tokens.ts'

/**
 * Replaces the password of the signed-in person after checking the current one. Every other
 * session ends and outstanding reset links stop working; this browser stays signed in.
 */
export async function changePassword(ctx: Ctx, actor: MemberActor, input: ChangePasswordBody): Promise<void> {
  if (actor.impersonatorId) {
    throw new ApiError('FORBIDDEN', 'Support staff acting as a user cannot change their password')
  }
  const user = await signedInUser(ctx, actor.userId)
  // Counted with sign-in attempts: a stolen session must not become an unlimited password oracle.
  await enforceAuthLimit(ctx, 'sign-in:account', user.email)
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw fieldError('currentPassword', 'The current password is not correct')
  }
  if (input.newPassword === input.currentPassword) {
    throw fieldError('newPassword', 'Choose a password different from the current one')
  }
  const passwordHash = await hashPassword(input.newPassword)
  await ctx.d1.batch([
    ctx.d1.update(users).set({ passwordHash }).where(eq(users.id, user.id)),
    retireEmailTokens(ctx, user.id, 'reset_password'),
    revokeSessionsStatement(ctx, user.id, actor.sessionId),
    auditInsert(ctx, {
      action: 'auth.password_changed',
      tenantId: actor.tenantId,
      actor,
      target: { type: 'user', id: user.id },
    }),
  ])
}

const fieldError = (path: string, message: string) =>
  new ApiError('BAD_REQUEST', message, { errors: [{ path, message }] })
