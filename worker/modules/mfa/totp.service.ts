import { and, eq, isNull } from 'drizzle-orm'
import type { TenantCtx } from '../../context.ts'
import { ApiError } from '../../lib/errors.ts'
import { auditInsert } from '../audit/index.ts'
import { enforceAuthLimit, type MemberActor, signedInUser, users, verifyPassword } from '../auth/index.ts'
import { sealTotpSecret } from './mfa.crypto.ts'
import {
  deleteRecoveryCodesStatement,
  newRecoveryCodes,
  replaceRecoveryCodesStatements,
} from './recovery-codes.ts'
import { matchTotpStep, newTotpSecret, qrSvgOf, totpFor, verifyTotpCode } from './totp.ts'

const ACCOUNT_GONE = 'The signed-in account no longer exists'

const wrongCode = () =>
  new ApiError('BAD_REQUEST', 'That code is not valid; enter the current one from your app', {
    errors: [{ path: 'code', message: 'That code is not valid; enter the current one from your app' }],
  })

/**
 * Step one of turning on an authenticator app: a new secret, sealed on the user but not in
 * force until a code from it is confirmed. Starting again replaces an unconfirmed secret.
 */
export async function startTotpEnrolment(ctx: TenantCtx, actor: MemberActor) {
  const user = await signedInUser(ctx, actor.userId, ACCOUNT_GONE)
  if (user.totpEnabledAt)
    throw new ApiError('CONFLICT', 'An authenticator app is already on; turn it off before adding another')
  const secret = newTotpSecret()
  const sealed = await sealTotpSecret(ctx.config.SESSION_SECRET, user.id, secret)
  const updated = await ctx.d1
    .update(users)
    .set({ totpSecret: sealed, totpLastUsedStep: null })
    .where(and(eq(users.id, user.id), isNull(users.totpEnabledAt)))
    .returning({ id: users.id })
  if (updated.length === 0) throw new ApiError('CONFLICT', 'An authenticator app was turned on meanwhile')
  const otpauthUrl = totpFor(secret, user.email).toString()
  return { otpauthUrl, qrSvg: qrSvgOf(otpauthUrl), secret }
}

/** Step two: a code from the app proves it holds the secret; recovery codes are issued once. */
export async function confirmTotpEnrolment(ctx: TenantCtx, actor: MemberActor, code: string) {
  const user = await signedInUser(ctx, actor.userId, ACCOUNT_GONE)
  if (user.totpEnabledAt) throw new ApiError('CONFLICT', 'An authenticator app is already on')
  if (!user.totpSecret) throw new ApiError('CONFLICT', 'Start setting up the authenticator app first')
  await enforceAuthLimit(ctx, 'mfa:account', user.id)
  const step = await matchTotpStep(ctx, user, code)
  if (step === null) throw wrongCode()
  // The conditional UPDATE decides a double submit: only one confirmation turns the app on
  // and hands out codes. If writing the codes fails, the app is turned off again.
  const enabledAt = ctx.now()
  const enabled = await ctx.d1
    .update(users)
    .set({ totpEnabledAt: enabledAt, totpLastUsedStep: step })
    .where(and(eq(users.id, user.id), isNull(users.totpEnabledAt), eq(users.totpSecret, user.totpSecret)))
    .returning({ id: users.id })
  if (enabled.length === 0)
    throw new ApiError('CONFLICT', 'The authenticator app changed meanwhile; start again')
  const recoveryCodes = newRecoveryCodes()
  try {
    await ctx.d1.batch([
      ...(await replaceRecoveryCodesStatements(ctx, user.id, recoveryCodes)),
      auditInsert(ctx, {
        action: 'mfa.totp_enabled',
        tenantId: ctx.tenantId,
        actor,
        target: { type: 'user', id: user.id },
      }),
      auditInsert(ctx, {
        action: 'mfa.recovery_codes_generated',
        tenantId: ctx.tenantId,
        actor,
        target: { type: 'user', id: user.id },
        metadata: { count: recoveryCodes.length },
      }),
    ])
  } catch (error) {
    await ctx.d1
      .update(users)
      .set({ totpEnabledAt: null })
      .where(and(eq(users.id, user.id), eq(users.totpEnabledAt, enabledAt)))
    throw error
  }
  return { recoveryCodes }
}

/** Turns the authenticator app off, proven with a current code or the account password. */
export async function disableTotp(
  ctx: TenantCtx,
  actor: MemberActor,
  proof: { code?: string | undefined; password?: string | undefined },
) {
  const user = await signedInUser(ctx, actor.userId, ACCOUNT_GONE)
  if (!user.totpEnabledAt) throw new ApiError('CONFLICT', 'No authenticator app is on')
  await enforceAuthLimit(ctx, 'mfa:account', user.id)
  if (proof.code !== undefined) {
    if (!(await verifyTotpCode(ctx, user, proof.code))) throw wrongCode()
  } else if (!(await verifyPassword(proof.password ?? '', user.passwordHash))) {
    throw new ApiError('BAD_REQUEST', 'That password is not right', {
      errors: [{ path: 'password', message: 'That password is not right' }],
    })
  }
  await ctx.d1.batch([
    ctx.d1
      .update(users)
      .set({ totpSecret: null, totpEnabledAt: null, totpLastUsedStep: null })
      .where(eq(users.id, user.id)),
    deleteRecoveryCodesStatement(ctx, user.id),
    auditInsert(ctx, {
      action: 'mfa.totp_disabled',
      tenantId: ctx.tenantId,
      actor,
      target: { type: 'user', id: user.id },
      metadata: { proof: proof.code !== undefined ? 'totp' : 'password' },
    }),
  ])
}

/** New recovery codes for someone who used or lost theirs; the old ones stop working. */
export async function regenerateRecoveryCodes(ctx: TenantCtx, actor: MemberActor, code: string) {
  const user = await signedInUser(ctx, actor.userId, ACCOUNT_GONE)
  if (!user.totpEnabledAt) throw new ApiError('CONFLICT', 'Turn on an authenticator app first')
  await enforceAuthLimit(ctx, 'mfa:account', user.id)
  if (!(await verifyTotpCode(ctx, user, code))) throw wrongCode()
  const recoveryCodes = newRecoveryCodes()
  await ctx.d1.batch([
    ...(await replaceRecoveryCodesStatements(ctx, user.id, recoveryCodes)),
    auditInsert(ctx, {
      action: 'mfa.recovery_codes_generated',
      tenantId: ctx.tenantId,
      actor,
      target: { type: 'user', id: user.id },
      metadata: { count: recoveryCodes.length },
    }),
  ])
  return { recoveryCodes }
}
