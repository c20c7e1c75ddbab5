import { generateRegistrationOptions, verifyRegistrationResponse } from '@simplewebauthn/server'
import { isoBase64URL, isoUint8Array } from '@simplewebauthn/server/helpers'
import { and, eq } from 'drizzle-orm'
import type { TenantCtx } from '../../context.ts'
import { ApiError } from '../../lib/errors.ts'
import { auditInsert } from '../audit/index.ts'
import { type MemberActor, passkeys, signedInUser } from '../auth/index.ts'
import type { CreatePasskeyBody } from './mfa.schemas.ts'
import { findPasskey, listPasskeysOf } from './passkeys.repo.ts'
import { CEREMONY_TIMEOUT_MS, MAX_PASSKEYS_PER_USER, relyingParty } from './webauthn.ts'
import { consumeChallenge, saveChallenge } from './webauthn-challenges.ts'

/** Options for `startRegistration()`: a discoverable credential, so it can sign in without a password. */
export async function passkeyRegistrationOptions(ctx: TenantCtx, actor: MemberActor) {
  const user = await signedInUser(ctx, actor.userId, 'The signed-in account no longer exists')
  const existing = await listPasskeysOf(ctx.d1, user.id)
  if (existing.length >= MAX_PASSKEYS_PER_USER)
    throw new ApiError(
      'CONFLICT',
      `An account can have at most ${MAX_PASSKEYS_PER_USER} passkeys; remove one first`,
    )
  const rp = relyingParty(ctx.config)
  const options = await generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userName: user.email,
    userDisplayName: user.name,
    userID: isoUint8Array.fromUTF8String(user.id),
    attestationType: 'none',
    timeout: CEREMONY_TIMEOUT_MS,
    excludeCredentials: existing.map((p) => ({ id: p.id, transports: p.transports ?? undefined })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
  })
  await saveChallenge(ctx, options.challenge, { purpose: 'registration', userId: user.id })
  return options
}

/** Verifies the authenticator's attestation against the pending challenge and keeps the key. */
export async function addPasskey(ctx: TenantCtx, actor: MemberActor, body: CreatePasskeyBody) {
  const rp = relyingParty(ctx.config)
  let verification: Awaited<ReturnType<typeof verifyRegistrationResponse>>
  try {
    verification = await verifyRegistrationResponse({
      response: body.response,
      expectedChallenge: (challenge) =>
        consumeChallenge(ctx, challenge, { purpose: 'registration', userId: actor.userId }),
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification: false,
    })
  } catch (error) {
    ctx.log.info('passkey registration refused', {
      reason: error instanceof Error ? error.message : String(error),
    })
    throw new ApiError('BAD_REQUEST', 'The passkey could not be verified; start adding it again')
  }
  if (!verification.verified) throw new ApiError('BAD_REQUEST', 'The passkey could not be verified')
  const { credential, credentialDeviceType, credentialBackedUp } = verification.registrationInfo
  if (await findPasskey(ctx.d1, credential.id))
    throw new ApiError('CONFLICT', 'This passkey is already registered')
  const count = (await listPasskeysOf(ctx.d1, actor.userId)).length
  const row = {
    id: credential.id,
    userId: actor.userId,
    name: body.name ?? `Passkey ${count + 1}`,
    publicKey: isoBase64URL.fromBuffer(credential.publicKey),
    counter: credential.counter,
    transports: body.response.response.transports ?? credential.transports ?? null,
    deviceType: credentialDeviceType,
    backedUp: credentialBackedUp,
    lastUsedAt: null,
    createdAt: ctx.now(),
  }
  await ctx.d1.batch([
    ctx.d1.insert(passkeys).values(row),
    auditInsert(ctx, {
      action: 'mfa.passkey_added',
      tenantId: ctx.tenantId,
      actor,
      target: { type: 'passkey', id: row.id },
      metadata: { name: row.name, deviceType: row.deviceType },
    }),
  ])
  return row
}

export async function listPasskeys(ctx: TenantCtx, actor: MemberActor) {
  return listPasskeysOf(ctx.d1, actor.userId)
}

/** Another user's passkey answers exactly like a missing one. */
export async function removePasskey(ctx: TenantCtx, actor: MemberActor, credentialId: string) {
  const passkey = await findPasskey(ctx.d1, credentialId, actor.userId)
  if (!passkey) throw new ApiError('NOT_FOUND', 'Passkey not found')
  await ctx.d1.batch([
    ctx.d1.delete(passkeys).where(and(eq(passkeys.id, passkey.id), eq(passkeys.userId, actor.userId))),
    auditInsert(ctx, {
      action: 'mfa.passkey_removed',
      tenantId: ctx.tenantId,
      actor,
      target: { type: 'passkey', id: passkey.id },
      metadata: { name: passkey.name },
    }),
  ])
}
