import { and, desc, eq, inArray, isNotNull, isNull, lt, or } from 'drizzle-orm'
import type { D1Db } from '../../lib/d1.ts'
import { tenants } from '../tenants/tenants.tables.ts'
import { dataExports } from './privacy.tables.ts'

export type ExportRow = typeof dataExports.$inferSelect

export async function findExport(db: D1Db, exportId: string) {
  const [row] = await db.select().from(dataExports).where(eq(dataExports.id, exportId)).limit(1)
  return row
}

/**
 * A person's exports as seen from one organisation: their own-data exports, and the exports
 * of this organisation they asked for (never another organisation's).
 */
export async function listExportsOf(db: D1Db, userId: string, tenantId: string, limit = 20) {
  return db
    .select()
    .from(dataExports)
    .where(
      and(
        eq(dataExports.requestedBy, userId),
        or(eq(dataExports.scope, 'user'), eq(dataExports.tenantId, tenantId)),
      ),
    )
    .orderBy(desc(dataExports.createdAt), desc(dataExports.id))
    .limit(limit)
}

/** An export of the same kind still being prepared, so a second request is not queued twice. */
export async function findPendingExport(
  db: D1Db,
  userId: string,
  scope: ExportRow['scope'],
  tenantId: string | null,
) {
  const [row] = await db
    .select({ id: dataExports.id })
    .from(dataExports)
    .where(
      and(
        eq(dataExports.requestedBy, userId),
        eq(dataExports.scope, scope),
        tenantId === null ? isNull(dataExports.tenantId) : eq(dataExports.tenantId, tenantId),
        inArray(dataExports.status, ['queued', 'running']),
      ),
    )
    .limit(1)
  return row
}

export async function updateExport(db: D1Db, exportId: string, values: Partial<ExportRow>) {
  await db.update(dataExports).set(values).where(eq(dataExports.id, exportId))
}

/** Marks an export failed unless it already finished; the row is the user's only sign of it. */
export async function failExport(db: D1Db, exportId: string, error: string, now: Date) {
  await db
    .update(dataExports)
    .set({ status: 'failed', error, completedAt: now })
    .where(and(eq(dataExports.id, exportId), inArray(dataExports.status, ['queued', 'running'])))
}

/** Finished archives whose links have all expired; their objects can go. */
export async function listExpiredArchives(db: D1Db, before: Date, limit: number) {
  return db
    .select({ id: dataExports.id, objectKey: dataExports.objectKey })
    .from(dataExports)
    .where(and(isNotNull(dataExports.objectKey), lt(dataExports.completedAt, before)))
    .limit(limit)
}

export async function findTenant(db: D1Db, tenantId: string) {
  const [row] = await db.select().from(tenants).where(eq(tenants.id, tenantId)).limit(1)
  return row
}

/** Whether an export's organisation is gone: deleted (in its grace period or purged), or unknown. */
export async function isTenantDeleted(db: D1Db, tenantId: string): Promise<boolean> {
  const [row] = await db
    .select({ status: tenants.status })
    .from(tenants)
    .where(eq(tenants.id, tenantId))
    .limit(1)
  return !row || row.status === 'deleted'
}
