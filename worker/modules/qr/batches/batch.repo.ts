// D1 access for qr_batches, and the branch lookups a batch plan needs. Tenant first, always.
import { and, desc, eq, inArray, isNotNull, isNull, lt, or, sql } from 'drizzle-orm'
import type { D1Db } from '../../../lib/d1.ts'
import { branches, brands } from '../../brands/index.ts'
import { tenants } from '../../tenants/tenants.tables.ts'
import { liveDynamicCodes } from '../branch-codes.ts'
import { qrBatches, qrCodes } from '../qr.tables.ts'

export type QrBatchRow = typeof qrBatches.$inferSelect

export async function findBatch(db: D1Db, tenantId: string, batchId: string): Promise<QrBatchRow | null> {
  const [row] = await db
    .select()
    .from(qrBatches)
    .where(and(eq(qrBatches.tenantId, tenantId), eq(qrBatches.id, batchId)))
    .limit(1)
  return row ?? null
}

export const listBatchRows = (db: D1Db, tenantId: string, limit: number) =>
  db
    .select()
    .from(qrBatches)
    .where(eq(qrBatches.tenantId, tenantId))
    .orderBy(desc(qrBatches.createdAt), desc(qrBatches.id))
    .limit(limit)

export const updateBatch = (db: D1Db, tenantId: string, batchId: string, set: Partial<QrBatchRow>) =>
  db
    .update(qrBatches)
    .set(set)
    .where(and(eq(qrBatches.tenantId, tenantId), eq(qrBatches.id, batchId)))

/** Marks a batch failed unless it already finished: the row is the requester's only sign of it. */
export const failBatch = (db: D1Db, tenantId: string, batchId: string, error: string, now: Date) =>
  db
    .update(qrBatches)
    .set({ status: 'failed', error, finishedAt: now })
    .where(
      and(
        eq(qrBatches.tenantId, tenantId),
        eq(qrBatches.id, batchId),
        inArray(qrBatches.status, ['queued', 'running']),
      ),
    )

/** Finished archives past their expiry; the cron deletes their objects. */
export const listExpiredBatchArchives = (db: D1Db, now: Date, limit: number) =>
  db
    .select({ id: qrBatches.id, tenantId: qrBatches.tenantId, archiveKey: qrBatches.archiveKey })
    .from(qrBatches)
    .where(and(isNotNull(qrBatches.archiveKey), lt(qrBatches.expiresAt, now)))
    .limit(limit)

/** Whether the organisation may still have work done for it (not suspended, not being deleted). */
export async function isTenantActive(db: D1Db, tenantId: string): Promise<boolean> {
  const [row] = await db
    .select({ status: tenants.status })
    .from(tenants)
    .where(eq(tenants.id, tenantId))
    .limit(1)
  return row?.status === 'active'
}

export async function findBrandRow(db: D1Db, tenantId: string, brandId: string) {
  const [row] = await db
    .select({ id: brands.id, name: brands.name })
    .from(brands)
    .where(and(eq(brands.tenantId, tenantId), eq(brands.id, brandId)))
    .limit(1)
  return row ?? null
}

export type BranchRef = { id: string; brandId: string; slug: string; name: string }

/** Open (not archived) branches of a brand, by name. */
export const listBrandBranches = (db: D1Db, tenantId: string, brandId: string): Promise<BranchRef[]> =>
  db
    .select({ id: branches.id, brandId: branches.brandId, slug: branches.slug, name: branches.name })
    .from(branches)
    .where(and(eq(branches.tenantId, tenantId), eq(branches.brandId, brandId), isNull(branches.archivedAt)))
    .orderBy(branches.name, branches.id)

/** Open branches of the tenant named by id or slug among `keys` (a CSV's branch column). */
export async function findBranchesByKey(db: D1Db, tenantId: string, keys: string[]): Promise<BranchRef[]> {
  const found: BranchRef[] = []
  // D1 caps bound parameters per statement at 100; each key is bound twice.
  for (let i = 0; i < keys.length; i += 45) {
    const chunk = keys.slice(i, i + 45)
    found.push(
      ...(await db
        .select({ id: branches.id, brandId: branches.brandId, slug: branches.slug, name: branches.name })
        .from(branches)
        .where(
          and(
            eq(branches.tenantId, tenantId),
            isNull(branches.archivedAt),
            or(inArray(branches.id, chunk), inArray(branches.slug, chunk)),
          ),
        )),
    )
  }
  return found
}

/**
 * Each branch's existing front door: its oldest live dynamic code that opens the branch's
 * microsite. A batch reuses it rather than printing a second code for the same door.
 */
export async function findFrontDoorCodes(
  db: D1Db,
  tenantId: string,
  branchIds: string[],
  now: Date,
): Promise<Map<string, string>> {
  const doors = new Map<string, string>()
  const targetBranch = sql<string>`json_extract(${qrCodes.target}, '$.branchId')`
  for (let i = 0; i < branchIds.length; i += 90) {
    const rows = await db
      .select({ id: qrCodes.id, branchId: targetBranch })
      .from(qrCodes)
      .where(
        and(
          liveDynamicCodes(tenantId, now),
          sql`json_extract(${qrCodes.target}, '$.type') = 'microsite'`,
          inArray(targetBranch, branchIds.slice(i, i + 90)),
        ),
      )
      .orderBy(qrCodes.createdAt, qrCodes.id)
    for (const row of rows) if (!doors.has(row.branchId)) doors.set(row.branchId, row.id)
  }
  return doors
}
