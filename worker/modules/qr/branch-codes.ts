// Whether a branch already has its printed front door: asked by the onboarding step.
import { and, eq, gt, isNull, or, sql } from 'drizzle-orm'
import type { D1Db } from '../../lib/d1.ts'
import { qrCodes } from './qr.tables.ts'

/** A tenant's dynamic codes that would answer a scan now: not archived, not paused, not expired. */
export const liveDynamicCodes = (tenantId: string, now: Date) =>
  and(
    eq(qrCodes.tenantId, tenantId),
    eq(qrCodes.kind, 'dynamic'),
    eq(qrCodes.status, 'active'),
    isNull(qrCodes.archivedAt),
    or(isNull(qrCodes.expiresAt), gt(qrCodes.expiresAt, now)),
  )

/**
 * True when the tenant has a dynamic code that sends scans to `branchId` (its target names the
 * branch) and would answer a scan now: not archived, not paused, not expired.
 */
export async function hasLiveBranchCode(db: D1Db, tenantId: string, branchId: string, now: Date) {
  const [row] = await db
    .select({ id: qrCodes.id })
    .from(qrCodes)
    .where(
      and(liveDynamicCodes(tenantId, now), sql`json_extract(${qrCodes.target}, '$.branchId') = ${branchId}`),
    )
    .limit(1)
  return row !== undefined
}
