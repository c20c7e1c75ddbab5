/**
 * The second step of a password sign-in (an authenticator code, a recovery code or a passkey)
 * and the passwordless passkey sign-in. The MFA token names the user whose password was just
 * accepted, for five minutes. It is not single-use, and need not be: every factor it unlocks
 * is (codes by time step, recovery codes by row, passkeys by challenge), and guesses are
 * limited per account.
 */
import {
  type AuthenticationResponseJSON,
  generateAuthenticationOptions,
  verifyAuthenticationResponse,
} from '@simplewebauthn/server'
import { isoBase64URL } from '@simplewebauthn/server/helpers'
import { z } from 'zod'
import type { Ctx } from '../../context.ts'
import { ApiError } from '../../lib/errors.ts'
import { recordAudit } from '../audit/index.ts'
import {
  completeSignIn,
  enforceAuthLimit,
  findUserById,
  type IssuedSession,
  listMemberships,
  type UserRow,
  verifyPurposeToken,
} from '../auth/index.ts'
import { findPasskey, listPasskeysOf, recordPasskeyUse } from './passkeys.repo.ts'
import { consumeRecoveryCode, countUnusedRecoveryCodes } from './recovery-codes.ts'
import { verifyTotpCode } from './totp.ts'
import { CEREMONY_TIMEOUT_MS, relyingParty } from './webauthn.ts'
import { type ChallengePurpose, consumeChallenge, saveChallenge } from './webauthn-challenges.ts'

const EXPIRED = 'The sign-in has expired; sign in with your password again'

export type SecondFactor =
  | { kind: 'totp'; code: string }
  | { kind: 'recovery'; code: string }
  | { kind: 'passkey'; response: AuthenticationResponseJSON }

const METHOD = { totp: 'pwd+totp', recovery: 'pwd+recovery', passkey: 'pwd+passkey' } as const

/** The user an unexpired MFA token names; 401 otherwise. */
async function userOfMfaToken(ctx: Ctx, mfaToken: string): Promise<UserRow> {
  const claims = await verifyPurposeToken(
    ctx.config.SESSION_SECRET,
    'mfa',
    mfaToken,
    z.object({ sub: z.string() }),
  )
  if (!claims) throw new ApiError('UNAUTHORIZED', EXPIRED)
  const user = await findUserById(ctx.d1, claims.sub)
  if (!user) throw new ApiError('UNAUTHORIZED', EXPIRED)
  return user
}

/** Completes a password sign-in with its second factor; a wrong factor is a 401. */
export async function signInWithSecondFactor(
  ctx: Ctx,
  mfaToken: string,
  factor: SecondFactor,
): Promise<IssuedSession> {
  const user = await userOfMfaToken(ctx, mfaToken)
  await enforceAuthLimit(ctx, 'mfa:account', user.id)
  if (!(await verifyFactor(ctx, user, factor))) {
    const [membership] = await listMemberships(ctx.d1, user.id)
    await recordAudit(ctx, {
      action: 'auth.sign_in_failed',
      tenantId: membership?.tenantId ?? null,
      actor: { kind: 'user', userId: user.id },
      metadata: { step: 'second_factor', factor: factor.kind },
    })
    throw new ApiError('UNAUTHORIZED', wrongFactorMessage(factor))
  }
  const issued = await completeSignIn(ctx, user, METHOD[factor.kind])
  if (factor.kind === 'recovery') {
    await recordAudit(ctx, {
      action: 'mfa.recovery_code_used',
      tenantId: issued.session.tenant.id,
      actor: { kind: 'user', userId: user.id },
      target: { type: 'user', id: user.id },
      metadata: { remaining: await countUnusedRecoveryCodes(ctx, user.id) },
    })
  }
  return issued
}

function wrongFactorMessage(factor: SecondFactor): string {
  if (factor.kind === 'totp') return 'That code is not valid or was already used; enter the current one'
  if (factor.kind === 'recovery') return 'That recovery code is not valid or was already used'
  return 'The passkey could not be verified'
}

async function verifyFactor(ctx: Ctx, user: UserRow, factor: SecondFactor): Promise<boolean> {
  switch (factor.kind) {
    case 'totp':
      return verifyTotpCode(ctx, user, factor.code)
    case 'recovery':
      return user.totpEnabledAt !== null && consumeRecoveryCode(ctx, user.id, factor.code)
    case 'passkey':
      return (
        (await verifyPasskeyAssertion(ctx, factor.response, { purpose: 'mfa', userId: user.id })) !== null
      )
  }
}

/**
 * Options for `startAuthentication()`. With an MFA token: that user's passkeys, as the second
 * step. Without one: any discoverable passkey of this site, for a passwordless sign-in.
 */
export async function passkeyAuthenticationOptions(ctx: Ctx, mfaToken: string | undefined) {
  const rp = relyingParty(ctx.config)
  if (mfaToken === undefined) {
    await enforceAuthLimit(ctx, 'passkey:ip', ctx.client.ip)
    const options = await generateAuthenticationOptions({
      rpID: rp.id,
      userVerification: 'required',
      timeout: CEREMONY_TIMEOUT_MS,
    })
    await saveChallenge(ctx, options.challenge, { purpose: 'passwordless' })
    return options
  }
  const user = await userOfMfaToken(ctx, mfaToken)
  const keys = await listPasskeysOf(ctx.d1, user.id)
  if (keys.length === 0) throw new ApiError('BAD_REQUEST', 'This account has no passkey; use another method')
  const options = await generateAuthenticationOptions({
    rpID: rp.id,
    allowCredentials: keys.map((k) => ({ id: k.id, transports: k.transports ?? undefined })),
    userVerification: 'preferred',
    timeout: CEREMONY_TIMEOUT_MS,
  })
  await saveChallenge(ctx, options.challenge, { purpose: 'mfa', userId: user.id })
  return options
}

/** A passwordless sign-in: the passkey alone, with user verification, names and proves the user. */
export async function signInWithPasskey(
  ctx: Ctx,
  response: AuthenticationResponseJSON,
): Promise<IssuedSession> {
  await enforceAuthLimit(ctx, 'passkey:ip', ctx.client.ip)
  const userId = await verifyPasskeyAssertion(ctx, response, { purpose: 'passwordless' })
  const user = userId ? await findUserById(ctx.d1, userId) : undefined
  if (!user) throw new ApiError('UNAUTHORIZED', 'The passkey could not be verified')
  return completeSignIn(ctx, user, 'passkey')
}

/** The id of the user whose passkey signed the pending challenge, or null. */
async function verifyPasskeyAssertion(
  ctx: Ctx,
  response: AuthenticationResponseJSON,
  expected: Extract<ChallengePurpose, { purpose: 'mfa' | 'passwordless' }>,
): Promise<string | null> {
  const passkey = await findPasskey(ctx.d1, response.id, 'userId' in expected ? expected.userId : undefined)
  if (!passkey) return null
  const rp = relyingParty(ctx.config)
  try {
    const { verified, authenticationInfo } = await verifyAuthenticationResponse({
      response,
      expectedChallenge: (challenge) => consumeChallenge(ctx, challenge, expected),
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      credential: {
        id: passkey.id,
        publicKey: isoBase64URL.toBuffer(passkey.publicKey),
        counter: passkey.counter,
        transports: passkey.transports ?? undefined,
      },
      requireUserVerification: expected.purpose === 'passwordless',
    })
    if (!verified) return null
    await recordPasskeyUse(ctx.d1, passkey.id, authenticationInfo.newCounter, ctx.now())
    return passkey.userId
  } catch (error) {
    ctx.log.info('passkey assertion refused', {
      reason: error instanceof Error ? error.message : String(error),
    })
    return null
  }
}
