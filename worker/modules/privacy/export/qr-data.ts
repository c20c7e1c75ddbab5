// The QR part of an organisation's export: its codes (never the password hash) and the daily
// scan rollups. Raw scans and the day's visitor hashes stay out: the rollups carry the numbers.
import { and, asc, eq, getTableColumns, gt, type SQL, sql } from 'drizzle-orm'
import type { Ctx } from '../../../context.ts'
import { qrCodes, qrScanDaily } from '../../qr/qr.tables.ts'
import { PAGE_SIZE, pagesById, type Section } from './sections.ts'

type Rollup = typeof qrScanDaily.$inferSelect

/** Keyset pages over the rollups' primary key, so a long history is read in bounded pieces. */
async function* rollupPages(ctx: Ctx, tenantId: string): AsyncIterable<Omit<Rollup, 'tenantId'>[]> {
  let after: Rollup | undefined
  while (true) {
    const next: SQL | undefined = after
      ? sql`(${qrScanDaily.codeId}, ${qrScanDaily.day}, ${qrScanDaily.dimension}, ${qrScanDaily.value}) > (${after.codeId}, ${after.day}, ${after.dimension}, ${after.value})`
      : undefined
    const rows = await ctx.d1
      .select()
      .from(qrScanDaily)
      .where(and(eq(qrScanDaily.tenantId, tenantId), next))
      .orderBy(
        asc(qrScanDaily.codeId),
        asc(qrScanDaily.day),
        asc(qrScanDaily.dimension),
        asc(qrScanDaily.value),
      )
      .limit(PAGE_SIZE)
    if (rows.length > 0) yield rows.map(({ tenantId: _, ...row }) => row)
    if (rows.length < PAGE_SIZE) return
    after = rows.at(-1)
  }
}

export function qrSections(ctx: Ctx, tenantId: string): Section[] {
  const { passwordHash: _, ...codeColumns } = getTableColumns(qrCodes)
  return [
    {
      file: 'qr-codes.json',
      about: 'QR codes: targets, rules, designs, placements (archived ones too; never the password)',
      pages: () =>
        pagesById((id, limit) =>
          ctx.d1
            .select({
              ...codeColumns,
              passwordProtected: sql<boolean>`${qrCodes.passwordHash} is not null`.mapWith(Boolean),
            })
            .from(qrCodes)
            .where(and(eq(qrCodes.tenantId, tenantId), gt(qrCodes.id, id)))
            .orderBy(asc(qrCodes.id))
            .limit(limit),
        ),
    },
    {
      file: 'qr-scans-daily.json',
      about:
        "Scans per code and UTC day: totals (dimension 'total') and per country, city, device, OS and browser",
      pages: () => rollupPages(ctx, tenantId),
    },
  ]
}
