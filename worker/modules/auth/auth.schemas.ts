import { z } from '@hono/zod-openapi'
import { PERMISSIONS, ROLES } from './permissions.ts'

export const Email = z
  .email('Enter a valid e-mail address')
  .max(254)
  .transform((e) => e.toLowerCase())
  .openapi({ example: 'owner@demo.vitrine.dev' })

export const NewPassword = z
  .string()
  .min(10, 'Use at least 10 characters')
  .max(256, 'Use at most 256 characters')
  .openapi({ example: 'correct horse battery staple' })

export const TokenDelivery = z.enum(['cookie', 'body']).default('cookie').openapi({
  description:
    '`cookie` (the dashboard) sets HttpOnly cookies only; `body` (API clients) also returns the access and refresh tokens in the response.',
})

export const LoginBody = z
  .strictObject({
    email: Email,
    password: z.string().min(1).max(256).openapi({ example: 'vitrine-demo' }),
    tokenDelivery: TokenDelivery,
  })
  .openapi('LoginBody')

export const RefreshBody = z
  .strictObject({
    refreshToken: z.string().min(1).max(256).optional().openapi({
      description: 'For API clients; the dashboard sends its refresh cookie instead.',
    }),
    tokenDelivery: TokenDelivery,
  })
  .openapi('RefreshBody')

export const TenantSummary = z.object({ id: z.string(), name: z.string(), role: z.enum(ROLES) })

export const Session = z
  .object({
    sessionId: z.string(),
    user: z.object({
      id: z.string(),
      email: z.string(),
      name: z.string(),
      emailVerified: z.boolean(),
      platformRole: z.enum(['super_admin']).nullable(),
      mfa: z.object({ totp: z.boolean(), passkeys: z.number().int() }),
    }),
    tenant: z.object({ id: z.string(), name: z.string(), status: z.string() }),
    role: z.enum(ROLES),
    permissions: z.array(z.enum(PERMISSIONS)),
    branchIds: z
      .array(z.string())
      .nullable()
      .openapi({ description: 'Branches this member is limited to; null means every branch.' }),
    tenants: z.array(TenantSummary).openapi({ description: 'Every organisation the user can switch to' }),
    impersonatorId: z.string().nullable(),
    expiresAt: z
      .string()
      .openapi({ description: 'When the access token expires', example: '2026-11-21T18:00:00.000Z' }),
  })
  .openapi('Session')
export type Session = z.infer<typeof Session>

export const SignedIn = Session.extend({
  accessToken: z.string().optional().openapi({ description: 'Bearer token, with tokenDelivery `body`' }),
  refreshToken: z
    .string()
    .optional()
    .openapi({ description: 'Rotating refresh token, with tokenDelivery `body`' }),
}).openapi('SignedIn')
export type SignedIn = z.infer<typeof SignedIn>

export const MFA_METHODS = ['totp', 'recovery_code', 'passkey'] as const
export const MfaChallenge = z
  .object({
    mfaRequired: z.literal(true),
    mfaToken: z.string().openapi({ description: 'Send with the second factor within five minutes' }),
    methods: z.array(z.enum(MFA_METHODS)),
  })
  .openapi('MfaChallenge')
export type MfaChallenge = z.infer<typeof MfaChallenge>
