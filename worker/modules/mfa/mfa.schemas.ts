import { z } from '@hono/zod-openapi'
import { TokenDelivery } from '../auth/auth.schemas.ts'

export const TotpCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'Enter the six-digit code from your authenticator app')
  .openapi({ example: '492039' })

export const RecoveryCode = z
  .string()
  .trim()
  .min(8, 'Enter a recovery code such as 7kq2-m9xd-4w')
  .max(32)
  .openapi({ example: '7kq2-m9xd-4w' })

const MfaToken = z
  .string()
  .min(1)
  .max(2048)
  .openapi({ description: 'The `mfaToken` of the MFA challenge that password sign-in returned' })

export const TotpEnrolment = z
  .object({
    otpauthUrl: z
      .string()
      .openapi({ example: 'otpauth://totp/Vitrine:owner%40demo.vitrine.dev?issuer=Vitrine&…' }),
    qrSvg: z
      .string()
      .openapi({ description: 'The otpauth URL as a QR code (SVG) for the authenticator app to scan' }),
    secret: z.string().openapi({
      description: 'The same secret in base32, for typing in by hand',
      example: 'JBSWY3DPEHPK3PXP',
    }),
  })
  .openapi('TotpEnrolment')
export type TotpEnrolment = z.infer<typeof TotpEnrolment>

export const ConfirmTotpBody = z.strictObject({ code: TotpCode }).openapi('ConfirmTotpBody')

export const DisableTotpBody = z
  .strictObject({
    code: TotpCode.optional(),
    password: z.string().min(1).max(256).optional(),
  })
  .refine((b) => (b.code === undefined) !== (b.password === undefined), {
    message: 'Send either a current code or your password',
    path: ['code'],
  })
  .openapi('DisableTotpBody')

export const RegenerateRecoveryCodesBody = z
  .strictObject({ code: TotpCode })
  .openapi('RegenerateRecoveryCodesBody')

export const RecoveryCodes = z
  .object({
    recoveryCodes: z.array(z.string()).openapi({
      description: 'Shown this once: each signs in one time when the authenticator app is lost',
      example: ['7kq2-m9xd-4w', 'p3vt-8hcz-qe'],
    }),
  })
  .openapi('RecoveryCodes')
export type RecoveryCodes = z.infer<typeof RecoveryCodes>

const Base64Url = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[A-Za-z0-9_-]*$/, 'Expected base64url')
const Transports = z.array(z.string().max(32)).max(8)
const ExtensionResults = z.record(z.string(), z.unknown())

/** What `startRegistration()` of @simplewebauthn/browser returns. */
export const RegistrationResponse = z
  .object({
    id: Base64Url(1400),
    rawId: Base64Url(1400),
    type: z.literal('public-key'),
    authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
    clientExtensionResults: ExtensionResults,
    response: z.object({
      clientDataJSON: Base64Url(4096),
      attestationObject: Base64Url(16384),
      authenticatorData: Base64Url(8192).optional(),
      transports: Transports.optional(),
      publicKeyAlgorithm: z.number().int().optional(),
      publicKey: Base64Url(4096).optional(),
    }),
  })
  .openapi('PasskeyRegistrationResponse')

/** What `startAuthentication()` of @simplewebauthn/browser returns. */
export const AuthenticationResponse = z
  .object({
    id: Base64Url(1400),
    rawId: Base64Url(1400),
    type: z.literal('public-key'),
    authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
    clientExtensionResults: ExtensionResults,
    response: z.object({
      clientDataJSON: Base64Url(4096),
      authenticatorData: Base64Url(8192),
      signature: Base64Url(2048),
      userHandle: Base64Url(256).optional(),
    }),
  })
  .openapi('PasskeyAuthenticationResponse')

export const SecondFactorBody = z
  .strictObject({
    mfaToken: MfaToken,
    code: TotpCode.optional(),
    recoveryCode: RecoveryCode.optional(),
    passkey: AuthenticationResponse.optional(),
    tokenDelivery: TokenDelivery,
  })
  .refine((b) => [b.code, b.recoveryCode, b.passkey].filter((f) => f !== undefined).length === 1, {
    message: 'Send exactly one of code, recoveryCode or passkey',
    path: ['code'],
  })
  .openapi('SecondFactorBody')
export type SecondFactorBody = z.infer<typeof SecondFactorBody>

export const CreatePasskeyBody = z
  .strictObject({
    response: RegistrationResponse,
    name: z.string().trim().min(1).max(60).optional().openapi({ example: 'MacBook Touch ID' }),
  })
  .openapi('CreatePasskeyBody')
export type CreatePasskeyBody = z.infer<typeof CreatePasskeyBody>

export const PasskeyAuthenticationOptionsBody = z
  .strictObject({ mfaToken: MfaToken.optional() })
  .openapi('PasskeyAuthenticationOptionsBody')

export const AuthenticateWithPasskeyBody = z
  .strictObject({
    response: AuthenticationResponse,
    mfaToken: MfaToken.optional().openapi({
      description:
        'With it the passkey is the second factor of a password sign-in; without it, a passwordless sign-in',
    }),
    tokenDelivery: TokenDelivery,
  })
  .openapi('AuthenticateWithPasskeyBody')

const CredentialDescriptor = z.object({
  id: z.string(),
  type: z.literal('public-key'),
  transports: z.array(z.string()).optional(),
})

export const PasskeyRegistrationOptions = z
  .object({
    challenge: z.string(),
    rp: z.object({ id: z.string().optional(), name: z.string() }),
    user: z.object({ id: z.string(), name: z.string(), displayName: z.string() }),
    pubKeyCredParams: z.array(z.object({ type: z.literal('public-key'), alg: z.number() })),
    timeout: z.number().optional(),
    excludeCredentials: z.array(CredentialDescriptor).optional(),
    authenticatorSelection: z.record(z.string(), z.unknown()).optional(),
    attestation: z.string().optional(),
  })
  .loose()
  .openapi('PasskeyRegistrationOptions', {
    description:
      'Pass to `startRegistration({ optionsJSON })` of @simplewebauthn/browser within five minutes',
  })

export const PasskeyAuthenticationOptions = z
  .object({
    challenge: z.string(),
    rpId: z.string().optional(),
    timeout: z.number().optional(),
    allowCredentials: z.array(CredentialDescriptor).optional(),
    userVerification: z.string().optional(),
  })
  .loose()
  .openapi('PasskeyAuthenticationOptions', {
    description:
      'Pass to `startAuthentication({ optionsJSON })` of @simplewebauthn/browser within five minutes',
  })

export const Passkey = z
  .object({
    id: z.string().openapi({ description: 'The credential id (base64url)' }),
    name: z.string(),
    deviceType: z.string().openapi({ description: '`singleDevice` or `multiDevice` (synced)' }),
    backedUp: z.boolean(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
  })
  .openapi('Passkey')
export type Passkey = z.infer<typeof Passkey>

export const PasskeyList = z.object({ data: z.array(Passkey) }).openapi('PasskeyList')
export type PasskeyList = z.infer<typeof PasskeyList>

export const PasskeyIdParam = z.object({
  passkeyId: Base64Url(1400)
    .min(1)
    .openapi({
      param: { name: 'passkeyId', in: 'path' },
      example: 'KEbWNCc7NgaYnUyrNeFGX9_3Y-8oJ3KwzjnaiD1d1LVTxR7v3CaKfCz2Vy_g_MHS',
    }),
})

export function toPasskey(row: {
  id: string
  name: string
  deviceType: string
  backedUp: boolean
  createdAt: Date
  lastUsedAt: Date | null
}): Passkey {
  return {
    id: row.id,
    name: row.name,
    deviceType: row.deviceType,
    backedUp: row.backedUp,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  }
}
