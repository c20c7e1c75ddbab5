// Who can take leads: the tenant's members with their role, branch scope, availability switch
// and shifts, read in two D1 statements however many members there are.
import { and, asc, eq } from 'drizzle-orm'
import type { D1Db } from '../../../lib/d1.ts'
import { membershipBranches } from '../../auth/auth.tables.ts'
import { memberships, type Role, users } from '../../auth/index.ts'
import type { Shifts } from './routing.model.ts'
import { agentAvailability } from './routing.tables.ts'
import { onShift } from './schedule.ts'

export interface PoolMember {
  userId: string
  membershipId: string
  name: string
  role: Role
  /** Null: every branch. */
  branchIds: string[] | null
  status: 'available' | 'away'
  shifts: Shifts | null
  /** When the member last set their availability; null if never. */
  updatedAt: Date | null
}

/** Roles whose members work leads (leads.write); viewers never own one. */
const LEAD_ROLES: readonly Role[] = ['owner', 'admin', 'manager', 'agent']

export async function listTeamPool(db: D1Db, tenantId: string): Promise<PoolMember[]> {
  const [rows, scopes] = await Promise.all([
    db
      .select({
        userId: memberships.userId,
        membershipId: memberships.id,
        name: users.name,
        role: memberships.role,
        status: agentAvailability.status,
        shifts: agentAvailability.shifts,
        updatedAt: agentAvailability.updatedAt,
      })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .leftJoin(
        agentAvailability,
        and(
          eq(agentAvailability.tenantId, memberships.tenantId),
          eq(agentAvailability.userId, memberships.userId),
        ),
      )
      .where(eq(memberships.tenantId, tenantId))
      .orderBy(asc(users.name), asc(memberships.id)),
    db
      .select({ membershipId: membershipBranches.membershipId, branchId: membershipBranches.branchId })
      .from(membershipBranches)
      .innerJoin(memberships, eq(memberships.id, membershipBranches.membershipId))
      .where(eq(memberships.tenantId, tenantId)),
  ])
  const scopeOf = new Map<string, string[]>()
  for (const { membershipId, branchId } of scopes)
    scopeOf.set(membershipId, [...(scopeOf.get(membershipId) ?? []), branchId])
  return rows.map((row) => ({
    ...row,
    branchIds: scopeOf.get(row.membershipId) ?? null,
    status: row.status ?? 'available',
    shifts: row.shifts ?? null,
  }))
}

export const coversBranch = (member: Pick<PoolMember, 'branchIds'>, branchId: string) =>
  member.branchIds === null || member.branchIds.includes(branchId)

/**
 * May this member be handed a lead of `branchId` now: they work leads, see the branch, have
 * not switched to away and, when shifts count, are on one.
 */
export function canTakeLead(member: PoolMember, branchId: string, at: Date, respectShifts: boolean): boolean {
  return (
    LEAD_ROLES.includes(member.role) &&
    coversBranch(member, branchId) &&
    member.status === 'available' &&
    (!respectShifts || onShift(member.shifts, at))
  )
}
