// D1 reads about the tenant's members that deals need: owners' names on the board, who an owner
// or assignee may be, and who hears about an automation. Addresses are never logged.
import { and, eq, inArray } from 'drizzle-orm'
import type { Ctx } from '../../../context.ts'
import { membershipBranches } from '../../auth/auth.tables.ts'
import { memberships, type Role, users } from '../../auth/index.ts'
import { badRequest } from './stage-rules.ts'

export interface DealMember {
  userId: string
  name: string
  email: string
  role: Role
  /** Null: every branch. */
  branchIds: string[] | null
}

/** Those of `userIds` (or everyone, without ids) who are members of the tenant. */
export async function findMembers(
  ctx: Ctx,
  tenantId: string,
  userIds?: readonly string[],
): Promise<DealMember[]> {
  const ids = userIds ? [...new Set(userIds)] : null
  if (ids?.length === 0) return []
  const rows = await ctx.d1
    .select({
      membershipId: memberships.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.tenantId, tenantId), ids ? inArray(memberships.userId, ids) : undefined))
  if (rows.length === 0) return []
  const scopes = await ctx.d1
    .select({ membershipId: membershipBranches.membershipId, branchId: membershipBranches.branchId })
    .from(membershipBranches)
    .where(
      inArray(
        membershipBranches.membershipId,
        rows.map((r) => r.membershipId),
      ),
    )
  const scopeOf = new Map<string, string[]>()
  for (const { membershipId, branchId } of scopes) {
    scopeOf.set(membershipId, [...(scopeOf.get(membershipId) ?? []), branchId])
  }
  return rows.map(({ membershipId, ...row }) => ({ ...row, branchIds: scopeOf.get(membershipId) ?? null }))
}

const WORKS_DEALS: readonly Role[] = ['owner', 'admin', 'manager', 'agent']

/**
 * A member who may own (or be assigned work on) a deal of `branchId`: someone who works the
 * CRM and sees that branch. 400 naming `path` otherwise.
 */
export async function assertDealWorker(
  ctx: Ctx,
  tenantId: string,
  userId: string,
  branchId: string | null,
  path: string,
): Promise<DealMember> {
  const [member] = await findMembers(ctx, tenantId, [userId])
  if (!member || !WORKS_DEALS.includes(member.role)) {
    throw badRequest(path, 'Choose a member of your team who works deals')
  }
  if (member.branchIds && (branchId === null || !member.branchIds.includes(branchId))) {
    throw badRequest(path, `${member.name} does not see this deal's branch`)
  }
  return member
}

export const coversBranch = (member: DealMember, branchId: string | null) =>
  member.branchIds === null || (branchId !== null && member.branchIds.includes(branchId))
