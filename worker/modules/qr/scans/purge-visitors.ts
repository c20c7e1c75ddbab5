import { lt } from 'drizzle-orm'
import type { Ctx } from '../../../context.ts'
import { qrScanVisitors } from '../qr.tables.ts'
import { utcDay } from './scan-statements.ts'

/**
 * The daily purge of scanner hashes. Only today's and yesterday's are kept: yesterday's for
 * scans still in the queue across midnight. Older hashes would count nothing and are exactly
 * the data the privacy policy promises not to keep.
 */
export async function purgeScanVisitors(ctx: Ctx): Promise<number> {
  const yesterday = utcDay(ctx.now().getTime() - 86_400_000)
  const result = await ctx.d1.delete(qrScanVisitors).where(lt(qrScanVisitors.day, yesterday))
  return result.meta.changes
}
