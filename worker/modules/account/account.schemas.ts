import { z } from '@hono/zod-openapi'
// The schemas file itself, not auth's index: the dashboard imports these types, and the
// index would drag the whole worker into its type-check.
import { Email, NewPassword, TokenDelivery } from '../auth/auth.schemas.ts'

const PersonName = z
  .string()
  .trim()
  .min(1, 'Enter your name')
  .max(100, 'Use at most 100 characters')
  .openapi({ example: 'Asha Verma' })

export const SignUpBody = z
  .strictObject({
    name: PersonName,
    email: Email,
    password: NewPassword,
    organisationName: z
      .string()
      .trim()
      .min(1, 'Enter the name of your business')
      .max(100, 'Use at most 100 characters')
      .openapi({ example: 'Trattoria Verma' }),
    tokenDelivery: TokenDelivery,
  })
  .openapi('SignUpBody')
export type SignUpBody = z.infer<typeof SignUpBody>

const EmailLinkToken = z
  .string()
  .trim()
  .min(1, 'The link has no token')
  .max(256)
  .openapi({ description: 'The `token` parameter of the link in the e-mail', example: 've_3q2…' })

export const ConfirmEmailBody = z.strictObject({ token: EmailLinkToken }).openapi('ConfirmEmailBody')

export const EmailConfirmed = z
  .object({ email: z.string(), emailVerified: z.literal(true) })
  .openapi('EmailConfirmed')
export type EmailConfirmed = z.infer<typeof EmailConfirmed>

export const PasswordResetBody = z.strictObject({ email: Email }).openapi('PasswordResetBody')

export const ConfirmPasswordResetBody = z
  .strictObject({ token: EmailLinkToken, password: NewPassword })
  .openapi('ConfirmPasswordResetBody')

export const ChangePasswordBody = z
  .strictObject({
    currentPassword: z.string().min(1, 'Enter your current password').max(256),
    newPassword: NewPassword,
  })
  .openapi('ChangePasswordBody')
export type ChangePasswordBody = z.infer<typeof ChangePasswordBody>

export const Accepted = z
  .object({ message: z.string() })
  .openapi('Accepted', { example: { message: 'If an account uses this address, a link is on its way.' } })
export type Accepted = z.infer<typeof Accepted>

export const SessionInfo = z
  .object({
    id: z.string().openapi({ example: 'ses_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
    method: z.string().openapi({ description: 'How it was signed in: pwd, pwd+totp, passkey, …' }),
    userAgent: z.string().nullable(),
    ip: z.string().nullable(),
    location: z.string().nullable().openapi({ example: 'Lisbon, PT' }),
    createdAt: z.string(),
    lastUsedAt: z.string().openapi({ description: 'Sign-in or the last token refresh' }),
    current: z.boolean().openapi({ description: 'The session making this request' }),
  })
  .openapi('SessionInfo')
export type SessionInfo = z.infer<typeof SessionInfo>

export const SessionList = z.object({ sessions: z.array(SessionInfo) }).openapi('SessionList')
export type SessionList = z.infer<typeof SessionList>

export const RevokeSessionsQuery = z.object({
  includeCurrent: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .openapi({
      param: { name: 'includeCurrent', in: 'query' },
      description: '`true` also ends the session making the request (and clears its cookies).',
    }),
})

export const RevokedSessions = z
  .object({ revoked: z.number().int().openapi({ description: 'How many sessions ended' }) })
  .openapi('RevokedSessions')

export const SwitchTenantBody = z
  .strictObject({
    tenantId: z.string().min(1).max(64).openapi({ example: 'ten_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
    tokenDelivery: TokenDelivery,
  })
  .openapi('SwitchTenantBody')
