import { and, desc, eq, lt, or, sql } from 'drizzle-orm'
import type { D1Db } from '../../lib/d1.ts'
import { memberships, sessions, users } from '../auth/index.ts'
import { tenants } from '../tenants/tenants.tables.ts'
import type { ListTenantsQuery } from './admin.schemas.ts'

// Written out in SQL: drizzle leaves columns unqualified inside a sql template, which would be
// ambiguous in these correlated subqueries.
const memberCount = sql<number>`(select count(*) from memberships m where m.tenant_id = tenants.id)`

// The first owner, as sign-in orders memberships: the one support would call.
const ownerEmail = sql<string | null>`(
  select u.email from memberships m join users u on u.id = m.user_id
   where m.tenant_id = tenants.id and m.role = 'owner'
   order by m.created_at limit 1)`

const columns = {
  id: tenants.id,
  name: tenants.name,
  planId: tenants.planId,
  status: tenants.status,
  suspendedReason: tenants.suspendedReason,
  deletedAt: tenants.deletedAt,
  purgeAfter: tenants.purgeAfter,
  createdAt: tenants.createdAt,
  members: memberCount,
  ownerEmail,
}

/** Every tenant, newest first; `q` matches part of the name (LIKE, wildcards escaped) or a whole id. */
export async function listTenants(db: D1Db, query: ListTenantsQuery) {
  const pattern = query.q ? `%${query.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%` : null
  return db
    .select(columns)
    .from(tenants)
    .where(
      and(
        pattern ? or(sql`${tenants.name} like ${pattern} escape '\\'`, eq(tenants.id, query.q!)) : undefined,
        query.status ? eq(tenants.status, query.status) : undefined,
        query.cursor ? lt(tenants.id, query.cursor) : undefined,
      ),
    )
    .orderBy(desc(tenants.id))
    .limit(query.limit + 1)
}

export async function findTenantSummary(db: D1Db, tenantId: string) {
  const [row] = await db.select(columns).from(tenants).where(eq(tenants.id, tenantId)).limit(1)
  return row
}

/** The tenant's first owner with the full user row, for impersonation. */
export async function findTenantOwner(db: D1Db, tenantId: string) {
  const [row] = await db
    .select({ user: users })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.role, 'owner')))
    .orderBy(memberships.createdAt)
    .limit(1)
  return row?.user
}

/** Moves a tenant from one status to another only if it is still in `from`; returns whether it moved. */
export async function changeTenantStatus(
  db: D1Db,
  tenantId: string,
  from: 'active' | 'suspended',
  to: 'active' | 'suspended',
  suspendedReason: string | null,
): Promise<boolean> {
  const changed = await db
    .update(tenants)
    .set({ status: to, suspendedReason })
    .where(and(eq(tenants.id, tenantId), eq(tenants.status, from)))
    .returning({ id: tenants.id })
  return changed.length > 0
}

export async function setSessionExpiry(db: D1Db, sessionId: string, expiresAt: Date) {
  await db.update(sessions).set({ expiresAt }).where(eq(sessions.id, sessionId))
}
