import type { Ctx, TenantCtx } from '../../context.ts'
import { ApiError } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { auditInsert, recordAudit } from '../audit/index.ts'
import { type Actor, findUserByEmail, findUserById, hashSecret, newSecret } from '../auth/index.ts'
import { assertWithinLimit } from '../billing/index.ts'
import { enqueueEmail } from '../email/index.ts'
import { assertOwnBranches } from './members.service.ts'
import * as repo from './team.repo.ts'
import { assertMayAssign, resolveScope } from './team.rules.ts'
import type { CreateInvitationBody, Invitation, InvitationPreview } from './team.schemas.ts'

type Person = Extract<Actor, { kind: 'user' }>

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000
/** Distinct from other secrets, so a leaked one is easy to recognise. */
const TOKEN_PREFIX = 'vinv_'

/** The invitation link's token; the database keeps only its hash. */
export const invitationUrl = (ctx: Ctx, token: string) =>
  `${ctx.config.PUBLIC_ORIGIN}/app/invitations/accept?token=${encodeURIComponent(token)}`

const statusOf = (row: repo.InvitationRow, now: Date) =>
  row.acceptedAt ? 'accepted' : row.revokedAt ? 'revoked' : row.expiresAt <= now ? 'expired' : 'pending'

const scopeOf = (row: repo.InvitationRow) => (row.branchIds.length > 0 ? row.branchIds : null)

/**
 * Invites someone by e-mail. The inviter must have proven their own address (so an unverified
 * account cannot use us to mail strangers), may not grant above their own role, and each
 * pending invitation holds a seat so invitations cannot overbook the plan.
 */
export async function createInvitation(
  ctx: TenantCtx,
  actor: Person,
  input: CreateInvitationBody,
): Promise<Invitation> {
  const inviter = await findUserById(ctx.d1, actor.userId)
  if (!inviter?.emailVerifiedAt) {
    throw new ApiError('FORBIDDEN', 'Confirm your own e-mail address before inviting others')
  }
  assertMayAssign(actor.role, null, input.role)
  const branchIds = resolveScope(input.role, input.branchIds, null)
  await assertOwnBranches(ctx, branchIds)
  const now = ctx.now()
  const existing = await findUserByEmail(ctx.d1, input.email)
  if (existing && (await repo.findMembershipOfUser(ctx.d1, ctx.tenantId, existing.id))) {
    throw new ApiError('CONFLICT', `${input.email} is already a member of this organisation`)
  }
  if (await repo.findOpenInvitationFor(ctx.d1, ctx.tenantId, input.email, now)) {
    throw new ApiError(
      'CONFLICT',
      `${input.email} already has a pending invitation; revoke it to send a new one`,
    )
  }
  await assertWithinLimit(ctx.d1, ctx.tenantId, 'seats', await repo.countSeats(ctx.d1, ctx.tenantId, now))

  const token = newSecret(TOKEN_PREFIX)
  const row: repo.InvitationRow = {
    id: newId('invitation', now.getTime()),
    tenantId: ctx.tenantId,
    email: input.email,
    role: input.role,
    branchIds: branchIds ?? [],
    tokenHash: await hashSecret(token),
    invitedBy: actor.userId,
    expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
    acceptedAt: null,
    revokedAt: null,
    createdAt: now,
  }
  await ctx.d1.batch([
    repo.insertInvitation(ctx.d1, row),
    auditInsert(ctx, {
      action: 'member.invited',
      tenantId: ctx.tenantId,
      actor,
      target: { type: 'invitation', id: row.id },
      metadata: { email: row.email, role: row.role, branchIds },
    }),
  ])
  const tenantName = await repo.findTenantName(ctx.d1, ctx.tenantId)
  try {
    await enqueueEmail(ctx, {
      template: 'invitation',
      to: row.email,
      data: {
        tenantName: tenantName ?? 'your team',
        inviterName: inviter.name,
        role: row.role,
        url: invitationUrl(ctx, token),
        expiresAt: row.expiresAt.toISOString(),
      },
    })
  } catch (error) {
    // An invitation nobody can receive must not hold a seat or block inviting the address again.
    ctx.log.error('invitation e-mail not queued; withdrawing it', { invitationId: row.id, error })
    await repo.withdrawInvitation(ctx.d1, row.id, ctx.now())
    await recordAudit(ctx, {
      action: 'member.invitation_revoked',
      tenantId: ctx.tenantId,
      actor: { kind: 'system' },
      target: { type: 'invitation', id: row.id },
      metadata: { reason: 'email_not_queued' },
    })
    throw new ApiError('UNAVAILABLE', 'The invitation e-mail could not be sent; try again in a moment')
  }
  return toInvitation(row, { id: inviter.id, name: inviter.name }, now)
}

function toInvitation(row: repo.InvitationRow, invitedBy: Invitation['invitedBy'], now: Date): Invitation {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    branchIds: scopeOf(row),
    invitedBy,
    status: statusOf(row, now) === 'expired' ? 'expired' : 'pending',
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
  }
}

export async function listInvitations(ctx: TenantCtx): Promise<Invitation[]> {
  const now = ctx.now()
  const rows = await repo.listUnansweredInvitations(ctx.d1, ctx.tenantId)
  return rows.map(({ invitation, inviterName }) =>
    toInvitation(invitation, { id: invitation.invitedBy, name: inviterName }, now),
  )
}

/** Revokes an unanswered invitation; revoking one twice is a no-op, an accepted one cannot be. */
export async function revokeInvitation(ctx: TenantCtx, actor: Person, invitationId: string): Promise<void> {
  const row = await repo.findInvitation(ctx.d1, ctx.tenantId, invitationId)
  if (!row) throw new ApiError('NOT_FOUND', `Invitation ${invitationId} not found`)
  if (row.acceptedAt)
    throw new ApiError('CONFLICT', 'This invitation was already accepted; remove the member instead')
  if (row.revokedAt) return
  if (!(await repo.revokeUnansweredInvitation(ctx.d1, row.id, ctx.now())))
    throw new ApiError('CONFLICT', 'This invitation was answered a moment ago; reload the list')
  await recordAudit(ctx, {
    action: 'member.invitation_revoked',
    tenantId: ctx.tenantId,
    actor,
    target: { type: 'invitation', id: row.id },
    metadata: { email: row.email, role: row.role },
  })
}

/** What the link's holder may see before accepting: where, as what, and whether they have an account. */
export async function lookupInvitation(ctx: Ctx, token: string): Promise<InvitationPreview> {
  const found = await repo.findInvitationByTokenHash(ctx.d1, await hashSecret(token))
  if (!found)
    throw new ApiError('NOT_FOUND', 'This invitation link is not valid; check that it was copied whole')
  const { invitation } = found
  return {
    tenantName: found.tenantName,
    inviterName: found.inviterName,
    email: invitation.email,
    role: invitation.role,
    status: statusOf(invitation, ctx.now()),
    expiresAt: invitation.expiresAt.toISOString(),
    accountExists: (await findUserByEmail(ctx.d1, invitation.email)) !== undefined,
  }
}

export { scopeOf, statusOf }
