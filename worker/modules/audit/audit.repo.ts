import { and, count, desc, eq, gte, inArray, lt, or, type SQL, sql } from 'drizzle-orm'
import type { D1Db } from '../../lib/d1.ts'
import { apiKeys } from '../api-keys/api-keys.tables.ts'
import { users } from '../auth/auth.tables.ts'
import type { AuditFilters } from './audit.schemas.ts'
import { auditEvents } from './audit.tables.ts'

export type AuditRow = typeof auditEvents.$inferSelect
export interface AuditPosition {
  createdAt: Date
  id: string
}

// D1 binds at most 100 parameters per statement.
const IN_LIST_CHUNK = 90

/** The tenant clause comes first and is never optional: events of other tenants and platform events (null tenant) never match. */
function matching(tenantId: string, filters: AuditFilters, after?: AuditPosition): SQL {
  const action = filters.action
  const conditions: (SQL | undefined)[] = [
    eq(auditEvents.tenantId, tenantId),
    // A category is compared by prefix with substr, not LIKE, where `_` would be a wildcard.
    action?.endsWith('.')
      ? sql`substr(${auditEvents.action}, 1, ${action.length}) = ${action}`
      : action
        ? eq(auditEvents.action, action)
        : undefined,
    filters.actorId ? eq(auditEvents.actorId, filters.actorId) : undefined,
    filters.targetId ? eq(auditEvents.targetId, filters.targetId) : undefined,
    filters.from ? gte(auditEvents.createdAt, new Date(filters.from)) : undefined,
    filters.to ? lt(auditEvents.createdAt, new Date(filters.to)) : undefined,
    after
      ? or(
          lt(auditEvents.createdAt, after.createdAt),
          and(eq(auditEvents.createdAt, after.createdAt), lt(auditEvents.id, after.id)),
        )
      : undefined,
  ]
  return and(...conditions.filter((c) => c !== undefined)) as SQL
}

/** Newest first; the cursor is the last row's (created_at, id), so pages never skip or repeat. */
export function listAuditEvents(
  db: D1Db,
  tenantId: string,
  filters: AuditFilters,
  page: { limit: number; after?: AuditPosition },
) {
  return db
    .select()
    .from(auditEvents)
    .where(matching(tenantId, filters, page.after))
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(page.limit)
}

export async function countAuditEvents(db: D1Db, tenantId: string, filters: AuditFilters): Promise<number> {
  const [row] = await db.select({ n: count() }).from(auditEvents).where(matching(tenantId, filters))
  return row?.n ?? 0
}

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += IN_LIST_CHUNK) out.push(items.slice(i, i + IN_LIST_CHUNK))
  return out
}

/** Current names of the people and keys behind some events: one query per kind (per 90 ids). */
export async function actorNames(db: D1Db, tenantId: string, userIds: string[], keyIds: string[]) {
  const people = new Map<string, { name: string; email: string }>()
  const keys = new Map<string, { name: string; prefix: string }>()
  for (const ids of chunks(userIds)) {
    const rows = await db
      .select({ id: users.id, name: users.name, email: users.email })
      .from(users)
      .where(inArray(users.id, ids))
    for (const row of rows) people.set(row.id, row)
  }
  for (const ids of chunks(keyIds)) {
    const rows = await db
      .select({ id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix })
      .from(apiKeys)
      .where(and(eq(apiKeys.tenantId, tenantId), inArray(apiKeys.id, ids)))
    for (const row of rows) keys.set(row.id, row)
  }
  return { people, keys }
}
