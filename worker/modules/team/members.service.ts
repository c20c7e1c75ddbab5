import type { BatchItem } from 'drizzle-orm/batch'
import type { TenantCtx } from '../../context.ts'
import { ApiError } from '../../lib/errors.ts'
import { type AuditEntry, auditInsert } from '../audit/index.ts'
import { type Actor, assertCan } from '../auth/index.ts'
import { disconnectUser } from '../notifications/index.ts'
import * as repo from './team.repo.ts'
import { assertMayAssign, assertMayRemove, resolveScope, sameScope } from './team.rules.ts'
import type { Member, UpdateMemberBody } from './team.schemas.ts'

type Person = Extract<Actor, { kind: 'user' }>

export const toMember = (row: repo.MemberRow): Member => ({
  id: row.id,
  user: {
    id: row.userId,
    name: row.name,
    email: row.email,
    emailVerified: row.emailVerifiedAt !== null,
    mfa: row.totpEnabledAt !== null || row.passkeys > 0,
  },
  role: row.role,
  branchIds: row.branchIds,
  createdAt: row.createdAt.toISOString(),
})

export async function listMembers(ctx: TenantCtx): Promise<Member[]> {
  return (await repo.listMembers(ctx.d1, ctx.tenantId)).map(toMember)
}

export async function getMemberOrThrow(ctx: TenantCtx, memberId: string): Promise<repo.MemberRow> {
  const member = await repo.findMember(ctx.d1, ctx.tenantId, memberId)
  if (!member) throw new ApiError('NOT_FOUND', `Member ${memberId} not found`)
  return member
}

/** Refuses branch ids that are not this tenant's, naming them, as a field error. */
export async function assertOwnBranches(ctx: TenantCtx, branchIds: readonly string[] | null): Promise<void> {
  if (!branchIds) return
  const foreign = await repo.foreignBranches(ctx.d1, ctx.tenantId, branchIds)
  if (foreign.length === 0) return
  throw new ApiError('BAD_REQUEST', 'Some branches are not branches of this organisation', {
    errors: [{ path: 'branchIds', message: `Unknown branch: ${foreign.join(', ')}` }],
  })
}

/**
 * Changes a member's role, branch scope, or both, in one batch with their audit records. The
 * member's open dashboards are disconnected so they come back with the new access.
 */
export async function updateMember(
  ctx: TenantCtx,
  actor: Person,
  memberId: string,
  change: UpdateMemberBody,
): Promise<Member> {
  const member = await getMemberOrThrow(ctx, memberId)
  const role = change.role ?? member.role
  if (role !== member.role || change.branchIds !== undefined) assertMayAssign(actor.role, member.role, role)
  const branchIds = resolveScope(role, change.branchIds, member.branchIds)
  await assertOwnBranches(ctx, branchIds)
  const roleChanged = role !== member.role
  const scopeChanged = !sameScope(branchIds, member.branchIds)
  if (!roleChanged && !scopeChanged) return toMember(member)

  const target = { type: 'membership', id: member.id }
  const statements: BatchItem<'sqlite'>[] = []
  const audits: AuditEntry[] = []
  if (roleChanged) {
    statements.push(repo.setRoleKeepingAnOwner(ctx.d1, ctx.tenantId, member.id, role))
    audits.push({
      action: 'member.role_changed',
      tenantId: ctx.tenantId,
      actor,
      target,
      metadata: { userId: member.userId, from: member.role, to: role },
    })
  }
  if (scopeChanged) {
    statements.push(...repo.replaceBranchScope(ctx.d1, member.id, branchIds))
    audits.push({
      action: 'member.branches_changed',
      tenantId: ctx.tenantId,
      actor,
      target,
      metadata: { userId: member.userId, from: member.branchIds, to: branchIds },
    })
  }
  statements.push(...audits.map((entry) => auditInsert(ctx, entry)))
  await runGuarded(ctx, statements, `${member.name} is the last owner; make someone else an owner first`)
  await dropSockets(ctx, member.userId)
  return toMember({ ...member, role, branchIds })
}

/**
 * Removes a member (or lets a member leave): the membership, its branch scope and the
 * user's sessions in this tenant end together, so their next request is refused.
 */
export async function removeMember(
  ctx: TenantCtx,
  actor: Person,
  memberId: string,
): Promise<{ self: boolean }> {
  const member = await getMemberOrThrow(ctx, memberId)
  const self = member.userId === actor.userId
  if (!self) {
    assertCan(actor, 'members.manage')
    assertMayRemove(actor.role, member.role)
  }
  await runGuarded(
    ctx,
    [
      repo.assertNotLastOwner(ctx.d1, ctx.tenantId, member.id),
      repo.revokeSessionsIn(ctx.d1, ctx.tenantId, member.userId, ctx.now()),
      ...repo.replaceBranchScope(ctx.d1, member.id, null),
      repo.deleteMembership(ctx.d1, ctx.tenantId, member.id),
      auditInsert(ctx, {
        action: 'member.removed',
        tenantId: ctx.tenantId,
        actor,
        target: { type: 'membership', id: member.id },
        metadata: { userId: member.userId, email: member.email, role: member.role, left: self },
      }),
    ],
    self
      ? 'You are the last owner; make someone else an owner before you leave'
      : `${member.name} is the last owner and cannot be removed`,
  )
  await dropSockets(ctx, member.userId)
  return { self }
}

async function runGuarded(ctx: TenantCtx, statements: BatchItem<'sqlite'>[], lastOwnerMessage: string) {
  const [first, ...rest] = statements
  if (!first) return
  try {
    await ctx.d1.batch([first, ...rest])
  } catch (error) {
    if (repo.isLastOwnerViolation(error)) throw new ApiError('CONFLICT', lastOwnerMessage)
    throw error
  }
}

/** Best effort: the access change is already in force for every request; sockets merely linger. */
async function dropSockets(ctx: TenantCtx, userId: string) {
  await disconnectUser(ctx.env, ctx.tenantId, userId).catch((error: unknown) =>
    ctx.log.warn('could not disconnect sockets after an access change', { userId, error }),
  )
}
