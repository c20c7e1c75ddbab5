import { and, asc, count, eq, inArray, ne } from 'drizzle-orm'
import type { D1Db } from '../../lib/d1.ts'
import { tenants } from '../tenants/tenants.tables.ts'
import { membershipBranches, memberships, passkeys, users } from './auth.tables.ts'

export type UserRow = typeof users.$inferSelect

export async function findUserByEmail(db: D1Db, email: string) {
  const [user] = await db.select().from(users).where(eq(users.email, email.toLowerCase())).limit(1)
  return user
}

export async function findUserById(db: D1Db, userId: string) {
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1)
  return user
}

/** A user's memberships in live tenants, oldest first (the default tenant on sign-in). */
export async function listMemberships(db: D1Db, userId: string) {
  return db
    .select({
      membershipId: memberships.id,
      tenantId: memberships.tenantId,
      tenantName: tenants.name,
      tenantStatus: tenants.status,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(tenants, eq(tenants.id, memberships.tenantId))
    .where(and(eq(memberships.userId, userId), ne(tenants.status, 'deleted')))
    .orderBy(asc(memberships.createdAt))
}

/** Branch scope per membership: a missing entry means every branch. */
export async function branchScopes(db: D1Db, membershipIds: string[]): Promise<Map<string, string[]>> {
  const scopes = new Map<string, string[]>()
  if (membershipIds.length === 0) return scopes
  const rows = await db
    .select()
    .from(membershipBranches)
    .where(inArray(membershipBranches.membershipId, membershipIds))
  for (const row of rows)
    scopes.set(row.membershipId, [...(scopes.get(row.membershipId) ?? []), row.branchId])
  return scopes
}

export async function countPasskeys(db: D1Db, userId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(passkeys).where(eq(passkeys.userId, userId))
  return row?.n ?? 0
}
