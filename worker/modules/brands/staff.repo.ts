import { and, asc, eq, max } from 'drizzle-orm'
import type { D1Db } from '../../lib/d1.ts'
import { type BranchScope, inBranchScope } from '../auth/index.ts'
import { staffMembers } from './brands.tables.ts'

export type StaffRow = typeof staffMembers.$inferSelect

export const listStaffRows = (db: D1Db, tenantId: string, branchId: string) =>
  db
    .select()
    .from(staffMembers)
    .where(and(eq(staffMembers.tenantId, tenantId), eq(staffMembers.branchId, branchId)))
    .orderBy(asc(staffMembers.position), asc(staffMembers.name), asc(staffMembers.id))

/** A staff member of the tenant on one of the actor's branches; any other looks missing. */
export async function findStaff(
  db: D1Db,
  tenantId: string,
  scope: BranchScope,
  staffMemberId: string,
): Promise<StaffRow | undefined> {
  const [row] = await db
    .select()
    .from(staffMembers)
    .where(
      and(
        eq(staffMembers.tenantId, tenantId),
        eq(staffMembers.id, staffMemberId),
        inBranchScope(staffMembers.branchId, scope),
      ),
    )
    .limit(1)
  return row
}

export async function nextStaffPosition(db: D1Db, tenantId: string, branchId: string): Promise<number> {
  const [row] = await db
    .select({ top: max(staffMembers.position) })
    .from(staffMembers)
    .where(and(eq(staffMembers.tenantId, tenantId), eq(staffMembers.branchId, branchId)))
  return row?.top === null || row?.top === undefined ? 0 : row.top + 1
}

export const insertStaff = (db: D1Db, row: typeof staffMembers.$inferInsert) =>
  db.insert(staffMembers).values(row)

export const updateStaffRow = (db: D1Db, tenantId: string, staffMemberId: string, set: Partial<StaffRow>) =>
  db
    .update(staffMembers)
    .set(set)
    .where(and(eq(staffMembers.tenantId, tenantId), eq(staffMembers.id, staffMemberId)))

export const deleteStaffRow = (db: D1Db, tenantId: string, staffMemberId: string) =>
  db.delete(staffMembers).where(and(eq(staffMembers.tenantId, tenantId), eq(staffMembers.id, staffMemberId)))
