// Members as the CRM sees them: who may be @mentioned (anyone who reads the CRM and sees the
// record's branch) and who may be given a task (anyone who also writes to it).
import { and, eq, inArray } from 'drizzle-orm'
import type { Ctx } from '../../../../context.ts'
import { ApiError } from '../../../../lib/errors.ts'
import { memberships, users } from '../../../auth/index.ts'
import { rolePermissions } from '../../../auth/permissions.ts'
import { branchScopesWhere } from '../../../team/index.ts'

export interface CrmMember {
  userId: string
  name: string
  canRead: boolean
  canWrite: boolean
  /** null: every branch. */
  branchIds: string[] | null
}

/** Those of `userIds` (or every member) who belong to the tenant, with role and branch scope. */
export async function crmMembers(
  ctx: Ctx,
  tenantId: string,
  userIds?: readonly string[],
): Promise<Map<string, CrmMember>> {
  if (userIds?.length === 0) return new Map()
  const where = and(
    eq(memberships.tenantId, tenantId),
    userIds ? inArray(memberships.userId, [...new Set(userIds)]) : undefined,
  )
  const rows = await ctx.d1
    .select({ membershipId: memberships.id, userId: users.id, name: users.name, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(where)
  const scopes = await branchScopesWhere(ctx.d1, where)
  return new Map(
    rows.map((r) => {
      const perms = rolePermissions(r.role)
      return [
        r.userId,
        {
          userId: r.userId,
          name: r.name,
          canRead: perms.includes('crm.read'),
          canWrite: perms.includes('crm.write'),
          branchIds: scopes.get(r.membershipId) ?? null,
        },
      ]
    }),
  )
}

/** Whether the member sees a record of this branch (organisation-wide records: everyone). */
export const seesBranch = (member: CrmMember, branchId: string | null) =>
  branchId === null || member.branchIds === null || member.branchIds.includes(branchId)

const refuse = (path: string, message: string) =>
  new ApiError('BAD_REQUEST', message, { errors: [{ path, message }] })

/** The assignee, refused unless they work the CRM and see the record's branch. */
export async function assertAssignee(
  ctx: Ctx,
  tenantId: string,
  userId: string,
  branchId: string | null,
  path = 'assigneeUserId',
): Promise<CrmMember> {
  const member = (await crmMembers(ctx, tenantId, [userId])).get(userId)
  if (!member?.canWrite) throw refuse(path, `User ${userId} is not a member who can be given tasks`)
  if (!seesBranch(member, branchId)) throw refuse(path, `User ${userId} cannot see this record's branch`)
  return member
}

/** Every mentioned member, refused (naming the first) unless each reads the CRM and sees the record. */
export async function assertMentionable(
  ctx: Ctx,
  tenantId: string,
  userIds: readonly string[],
  branchId: string | null,
): Promise<void> {
  const members = await crmMembers(ctx, tenantId, userIds)
  for (const userId of userIds) {
    const member = members.get(userId)
    if (!member?.canRead) throw refuse('mentions', `User ${userId} is not a member of this organisation`)
    if (!seesBranch(member, branchId))
      throw refuse('mentions', `${member.name} cannot see this record, so cannot be mentioned on it`)
  }
}
