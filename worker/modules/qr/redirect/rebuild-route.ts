// A KV miss on `/q/{code}`: the record was never written (a code seeded straight into D1), was
// evicted, or was removed when its organisation went offline. The code's row is the source of
// truth, so the first scan after a miss rebuilds the record, and only for active organisations.
import { and, eq } from 'drizzle-orm'
import type { Ctx } from '../../../context.ts'
import { tenants } from '../../tenants/tenants.tables.ts'
import { qrCodes } from '../qr.tables.ts'
import { rewriteQrRoute } from '../route-store.ts'
import type { QrRoute } from './qr-route.ts'

const missKey = (code: string) => `qr-miss:${code}`
// Unknown codes (typos, probes) are remembered briefly, so they cost D1 once per few minutes.
const MISS_TTL_SECONDS = 300

export async function rebuildQrRoute(ctx: Ctx, code: string): Promise<QrRoute | null> {
  if ((await ctx.env.SITE_CACHE.get(missKey(code))) !== null) return null
  const [found] = await ctx.d1
    .select({ row: qrCodes })
    .from(qrCodes)
    .innerJoin(tenants, eq(tenants.id, qrCodes.tenantId))
    .where(and(eq(qrCodes.code, code), eq(qrCodes.kind, 'dynamic'), eq(tenants.status, 'active')))
    .limit(1)
  const route = found ? await rewriteQrRoute(ctx, found.row) : null
  if (!route) await ctx.env.SITE_CACHE.put(missKey(code), '1', { expirationTtl: MISS_TTL_SECONDS })
  return route
}
