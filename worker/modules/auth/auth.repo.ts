import { asc, eq } from 'drizzle-orm'
import type { D1Db } from '../../lib/d1.ts'
import { tenants } from '../tenants/tenants.tables.ts'
import { memberships, users } from './auth.tables.ts'

export async function findUserByEmail(db: D1Db, email: string) {
  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1)
  return user
}

/** A user's memberships with their tenants, oldest first (the default tenant on sign-in). */
export async function listMemberships(db: D1Db, userId: string) {
  return db
    .select({ tenantId: memberships.tenantId, tenantName: tenants.name, role: memberships.role })
    .from(memberships)
    .innerJoin(tenants, eq(tenants.id, memberships.tenantId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.createdAt))
}

export async function findUserById(db: D1Db, userId: string) {
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1)
  return user
}
