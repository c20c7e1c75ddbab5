import { and, eq, inArray } from 'drizzle-orm'
import type { Ctx } from '../../../../context.ts'
import { qrCodes, qrScans } from '../../../qr/qr.tables.ts'
import type { TimelineVisit } from './timeline.schemas.ts'

// D1 binds at most 100 parameters a statement: the tenant and 90 ids leave room.
const CHUNK = 90

/** The QR scans (D1) behind lead touches' visit ids, with their code's name; unknown ids are absent. */
export async function visitsById(
  ctx: Ctx,
  tenantId: string,
  scanIds: readonly string[],
): Promise<Map<string, TimelineVisit>> {
  const ids = [...new Set(scanIds)]
  const visits = new Map<string, TimelineVisit>()
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await ctx.d1
      .select({
        scanId: qrScans.id,
        qrCodeId: qrScans.codeId,
        codeName: qrCodes.label,
        placement: qrScans.placement,
        scannedAt: qrScans.scannedAt,
        deviceType: qrScans.deviceType,
        os: qrScans.os,
        browser: qrScans.browser,
        city: qrScans.city,
        country: qrScans.country,
      })
      .from(qrScans)
      .leftJoin(qrCodes, and(eq(qrCodes.id, qrScans.codeId), eq(qrCodes.tenantId, qrScans.tenantId)))
      .where(and(eq(qrScans.tenantId, tenantId), inArray(qrScans.id, ids.slice(i, i + CHUNK))))
    for (const row of rows) visits.set(row.scanId, { ...row, scannedAt: row.scannedAt.toISOString() })
  }
  return visits
}
