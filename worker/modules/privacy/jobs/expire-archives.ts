import type { Ctx } from '../../../context.ts'
import { LINK_TTL_SECONDS } from '../export/links.ts'
import { listExpiredArchives, updateExport } from '../privacy.repo.ts'

const ARCHIVES_PER_RUN = 200

/**
 * Daily: deletes archives whose download links have all expired, so personal data does not
 * sit in R2 after nobody can fetch it. The row stays as the record that an export was made.
 */
export async function expireExportArchives(ctx: Ctx): Promise<number> {
  const before = new Date(ctx.now().getTime() - LINK_TTL_SECONDS * 1000)
  const rows = await listExpiredArchives(ctx.d1, before, ARCHIVES_PER_RUN)
  for (const row of rows) {
    if (row.objectKey) await ctx.env.MEDIA.delete(row.objectKey)
    await updateExport(ctx.d1, row.id, { objectKey: null })
  }
  return rows.length
}
