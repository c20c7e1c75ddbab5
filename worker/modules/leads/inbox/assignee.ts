// Who a lead may be given to: a current member of the tenant whose role works leads and whose
// branches include the lead's.
import { and, eq, inArray } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { memberships, users } from '../../auth/index.ts'
import { rolePermissions } from '../../auth/permissions.ts'
import { branchScopesWhere } from '../../team/index.ts'

export interface Assignee {
  userId: string
  name: string
  branchIds: string[] | null
}

const notAssignable = (userId: string) =>
  new ApiError('BAD_REQUEST', `User ${userId} is not a member who can work leads`, {
    errors: [{ path: 'ownerUserId', message: 'Choose a member of this organisation who works leads' }],
  })

/** The member behind `userId`, refused unless their role may work leads (viewers may not). */
export async function findAssignee(ctx: TenantCtx, userId: string): Promise<Assignee> {
  const [row] = await ctx.d1
    .select({ membershipId: memberships.id, role: memberships.role, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.tenantId, ctx.tenantId), eq(memberships.userId, userId)))
    .limit(1)
  if (!row || !rolePermissions(row.role).includes('leads.write')) throw notAssignable(userId)
  const scopes = await branchScopesWhere(ctx.d1, eq(memberships.id, row.membershipId))
  return { userId, name: row.name, branchIds: scopes.get(row.membershipId) ?? null }
}

/** Refuses the assignment when the member cannot see a lead's branch, naming the lead. */
export function assertAssigneeSees(assignee: Assignee, lead: { id: string; branchId: string }): void {
  if (assignee.branchIds === null || assignee.branchIds.includes(lead.branchId)) return
  throw new ApiError('BAD_REQUEST', `User ${assignee.userId} cannot see the branch of lead ${lead.id}`, {
    errors: [{ path: 'ownerUserId', message: "This member does not work the lead's branch" }],
  })
}

/** Display names by user id, for activity entries; only members of this tenant are named. */
export async function memberNames(ctx: TenantCtx, userIds: readonly string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map()
  const rows = await ctx.d1
    .select({ id: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.tenantId, ctx.tenantId), inArray(users.id, [...userIds])))
  return new Map(rows.map((r) => [r.id, r.name]))
}

/** Every member's name by user id (one query, however many members). */
export async function allMemberNames(ctx: TenantCtx): Promise<Map<string, string>> {
  const rows = await ctx.d1
    .select({ id: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.tenantId, ctx.tenantId))
  return new Map(rows.map((r) => [r.id, r.name]))
}
