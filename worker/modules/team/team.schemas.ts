import { z } from '@hono/zod-openapi'
// Direct imports, not the auth barrel: the dashboard type-checks against this file.
import { Email, NewPassword, TokenDelivery } from '../auth/auth.schemas.ts'
import { ROLES } from '../auth/permissions.ts'

const Role = z.enum(ROLES).openapi({ example: 'manager' })

/** A branch scope on the wire: a non-empty list of branch ids, or null for every branch. */
const BranchIds = z
  .array(z.string().min(1).max(64))
  .min(1, 'Choose at least one branch, or null for every branch')
  .max(200)
  .refine((ids) => new Set(ids).size === ids.length, 'List each branch once')
  .nullable()
  .openapi({
    example: ['bra_01JD3Q9W2Z8K5V7M4N6P0R1S2T'],
    description:
      'Branches the member is limited to; null means every branch. Only managers, agents and viewers can be limited; owners and admins always see every branch.',
  })

export const Member = z
  .object({
    id: z.string().openapi({ example: 'mem_01JD3Q9W2Z8K5V7M4N6P0R1S2T', description: 'The membership id' }),
    user: z.object({
      id: z.string(),
      name: z.string().openapi({ example: 'Asha Rao' }),
      email: z.string().openapi({ example: 'asha@example.com' }),
      emailVerified: z.boolean(),
      mfa: z.boolean().openapi({ description: 'Whether the member has a second factor' }),
    }),
    role: Role,
    branchIds: z.array(z.string()).nullable(),
    createdAt: z.string().openapi({ example: '2026-11-21T09:30:00.000Z' }),
  })
  .openapi('Member')
export type Member = z.infer<typeof Member>

export const MemberList = z.object({ data: z.array(Member) }).openapi('MemberList')
export type MemberList = z.infer<typeof MemberList>

export const UpdateMemberBody = z
  .strictObject({ role: Role.optional(), branchIds: BranchIds.optional() })
  .refine((b) => b.role !== undefined || b.branchIds !== undefined, {
    message: 'Send a role, branchIds, or both',
    path: ['role'],
  })
  .openapi('UpdateMemberBody')
export type UpdateMemberBody = z.infer<typeof UpdateMemberBody>

export const CreateInvitationBody = z
  .strictObject({ email: Email, role: Role, branchIds: BranchIds.default(null) })
  .openapi('CreateInvitationBody')
export type CreateInvitationBody = z.infer<typeof CreateInvitationBody>

export const Invitation = z
  .object({
    id: z.string().openapi({ example: 'inv_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
    email: z.string().openapi({ example: 'new.colleague@example.com' }),
    role: Role,
    branchIds: z.array(z.string()).nullable(),
    invitedBy: z.object({ id: z.string(), name: z.string() }),
    status: z.enum(['pending', 'expired']),
    expiresAt: z.string(),
    createdAt: z.string(),
  })
  .openapi('Invitation')
export type Invitation = z.infer<typeof Invitation>

export const InvitationList = z.object({ data: z.array(Invitation) }).openapi('InvitationList')
export type InvitationList = z.infer<typeof InvitationList>

export const InvitationToken = z
  .string()
  .min(16)
  .max(128)
  .openapi({ example: 'vinv_3q9W2Z8K5V7M4N6P0R1S2TaBcDeFgHiJkLmNoPqRs', description: 'From the e-mail link' })

export const LookupInvitationQuery = z.object({
  token: InvitationToken.openapi({ param: { name: 'token', in: 'query' } }),
})

export const InvitationPreview = z
  .object({
    tenantName: z.string().openapi({ example: 'Demo Trattoria' }),
    inviterName: z.string().openapi({ example: 'Maria Rossi' }),
    email: z.string(),
    role: Role,
    status: z.enum(['pending', 'expired', 'revoked', 'accepted']),
    expiresAt: z.string(),
    accountExists: z
      .boolean()
      .openapi({ description: 'Whether a Vitrine account already uses this e-mail address' }),
  })
  .openapi('InvitationPreview')
export type InvitationPreview = z.infer<typeof InvitationPreview>

export const AcceptInvitationBody = z
  .strictObject({
    token: InvitationToken,
    name: z.string().trim().min(1, 'Tell us your name').max(120).optional().openapi({
      description: 'For a new account',
      example: 'Luca Bianchi',
    }),
    password: z.string().min(1).max(256).optional().openapi({
      description:
        'A new account: the password to set (10+ characters). An existing account: its password, unless the request is already signed in as that account.',
    }),
    tokenDelivery: TokenDelivery,
  })
  .openapi('AcceptInvitationBody')
export type AcceptInvitationBody = z.infer<typeof AcceptInvitationBody>

/** Checked only when the accept creates an account, so an existing password is never re-validated. */
export const NewAccountFields = z.object({ name: z.string(), password: NewPassword })

/** What clients send (defaults still optional), for the dashboard's typed client. */
export type CreateInvitationInput = z.input<typeof CreateInvitationBody>
export type AcceptInvitationInput = z.input<typeof AcceptInvitationBody>
