// D1 access for qr_codes: every query is filtered by tenant.
import { and, count, desc, eq, inArray, isNull, lt, or, sql, sum } from 'drizzle-orm'
import type { D1Db } from '../../lib/d1.ts'
import { type BranchScope, inBranchScope } from '../auth/index.ts'
import { branches, brands } from '../brands/index.ts'
import { type QR_STATUSES, type QrKind, qrCodes, qrScanDaily } from './qr.tables.ts'

export type QrCodeRow = typeof qrCodes.$inferSelect

/** A live (not archived) code of this tenant, or null. */
export async function findCodeRow(db: D1Db, tenantId: string, id: string): Promise<QrCodeRow | null> {
  const [row] = await db
    .select()
    .from(qrCodes)
    .where(and(eq(qrCodes.tenantId, tenantId), eq(qrCodes.id, id), isNull(qrCodes.archivedAt)))
    .limit(1)
  return row ?? null
}

/** Live codes of this tenant among `ids`, in the order of `ids` (unknown ones left out). */
export async function listCodeRows(db: D1Db, tenantId: string, ids: string[]): Promise<QrCodeRow[]> {
  if (ids.length === 0) return []
  const rows: QrCodeRow[] = []
  // D1 caps bound parameters per statement at 100.
  for (let i = 0; i < ids.length; i += 90) {
    const chunk = ids.slice(i, i + 90)
    rows.push(
      ...(await db
        .select()
        .from(qrCodes)
        .where(and(eq(qrCodes.tenantId, tenantId), inArray(qrCodes.id, chunk), isNull(qrCodes.archivedAt)))),
    )
  }
  const byId = new Map(rows.map((r) => [r.id, r]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

export const insertCode = (db: D1Db, row: typeof qrCodes.$inferInsert) => db.insert(qrCodes).values(row)

export const updateCodeRow = (db: D1Db, tenantId: string, id: string, set: Partial<QrCodeRow>) =>
  db
    .update(qrCodes)
    .set(set)
    .where(and(eq(qrCodes.tenantId, tenantId), eq(qrCodes.id, id), isNull(qrCodes.archivedAt)))

/** Dynamic codes not archived: what the plan's `dynamicQrCodes` limit counts (paused ones too). */
export async function countLiveDynamicCodes(db: D1Db, tenantId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(qrCodes)
    .where(and(eq(qrCodes.tenantId, tenantId), eq(qrCodes.kind, 'dynamic'), isNull(qrCodes.archivedAt)))
  return row?.n ?? 0
}

export interface CodeFilters {
  brandId?: string
  branchId?: string
  kind?: QrKind
  status?: (typeof QR_STATUSES)[number]
  q?: string
}

const likeEscaped = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

/**
 * Newest first, `limit` rows after the cursor (an id: ids sort by creation time). Scoped members
 * see only codes of their branches, never organisation-level ones (no branch).
 */
export function listCodes(
  db: D1Db,
  tenantId: string,
  scope: BranchScope,
  filters: CodeFilters,
  page: { limit: number; before?: string },
) {
  const search = filters.q ? likeEscaped(filters.q) : null
  return db
    .select()
    .from(qrCodes)
    .where(
      and(
        eq(qrCodes.tenantId, tenantId),
        isNull(qrCodes.archivedAt),
        inBranchScope(qrCodes.branchId, scope),
        filters.brandId ? eq(qrCodes.brandId, filters.brandId) : undefined,
        filters.branchId ? eq(qrCodes.branchId, filters.branchId) : undefined,
        filters.kind ? eq(qrCodes.kind, filters.kind) : undefined,
        filters.status ? eq(qrCodes.status, filters.status) : undefined,
        search
          ? or(
              sql`${qrCodes.label} like ${search} escape '\\'`,
              sql`${qrCodes.placement} like ${search} escape '\\'`,
            )
          : undefined,
        page.before ? lt(qrCodes.id, page.before) : undefined,
      ),
    )
    .orderBy(desc(qrCodes.id))
    .limit(page.limit)
}

/** All-time scans per code, from the daily rollups' `total` rows (bots are not in `scans`). */
export async function totalScansOf(db: D1Db, tenantId: string, ids: string[]): Promise<Map<string, number>> {
  const totals = new Map<string, number>()
  for (let i = 0; i < ids.length; i += 90) {
    const rows = await db
      .select({ codeId: qrScanDaily.codeId, scans: sum(qrScanDaily.scans).mapWith(Number) })
      .from(qrScanDaily)
      .where(
        and(
          eq(qrScanDaily.tenantId, tenantId),
          inArray(qrScanDaily.codeId, ids.slice(i, i + 90)),
          eq(qrScanDaily.dimension, 'total'),
        ),
      )
      .groupBy(qrScanDaily.codeId)
    for (const row of rows) totals.set(row.codeId, row.scans ?? 0)
  }
  return totals
}

/** Names of the tenant's branches among `ids`. */
export async function branchNamesOf(db: D1Db, tenantId: string, ids: string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)]
  const names = new Map<string, string>()
  for (let i = 0; i < wanted.length; i += 90) {
    const rows = await db
      .select({ id: branches.id, name: branches.name })
      .from(branches)
      .where(and(eq(branches.tenantId, tenantId), inArray(branches.id, wanted.slice(i, i + 90))))
    for (const row of rows) names.set(row.id, row.name)
  }
  return names
}

/** Live dynamic codes whose branch, target or a rule's target names the branch. */
export function codesNamingBranch(db: D1Db, tenantId: string, branchId: string) {
  return db
    .select()
    .from(qrCodes)
    .where(
      and(
        eq(qrCodes.tenantId, tenantId),
        eq(qrCodes.kind, 'dynamic'),
        isNull(qrCodes.archivedAt),
        or(
          eq(qrCodes.branchId, branchId),
          sql`json_extract(${qrCodes.target}, '$.branchId') = ${branchId}`,
          sql`exists (select 1 from json_each(${qrCodes.rules}) where json_extract(json_each.value, '$.target.branchId') = ${branchId})`,
        ),
      ),
    )
}

/** A brand of this tenant with its colours (the design defaults), or undefined. */
export async function findBrandColors(db: D1Db, tenantId: string, brandId: string) {
  const [row] = await db
    .select({ id: brands.id, primaryColor: brands.primaryColor, colors: brands.colors })
    .from(brands)
    .where(and(eq(brands.tenantId, tenantId), eq(brands.id, brandId)))
    .limit(1)
  return row ? { id: row.id, colors: row.colors ?? { primary: row.primaryColor } } : undefined
}
