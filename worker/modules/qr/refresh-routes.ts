// Keeps printed codes pointing at the right address when something their destination is built
// from changes elsewhere: a slug, a custom hostname going live or away, a WhatsApp number, a
// time zone. Called by the brands and domains modules after their own writes.
import { and, eq } from 'drizzle-orm'
import type { Ctx } from '../../context.ts'
import { branches } from '../brands/brands.tables.ts'
import { refreshQrRoutesForBranch } from './qr.service.ts'

export type QrRouteScope = { tenantId: string } & ({ branchId: string } | { brandId: string })

/**
 * Rewrites the KV routes of the codes that name the branch, or any branch of the brand. Never
 * throws: an old address keeps answering 301 to the new one, so a failure here costs a scan one
 * more hop, not the scan, and must not fail the owner's edit that triggered it.
 */
export async function refreshQrRoutes(ctx: Ctx, scope: QrRouteScope): Promise<number> {
  try {
    const branchIds =
      'branchId' in scope
        ? [scope.branchId]
        : (
            await ctx.d1
              .select({ id: branches.id })
              .from(branches)
              .where(and(eq(branches.tenantId, scope.tenantId), eq(branches.brandId, scope.brandId)))
          ).map((b) => b.id)
    let written = 0
    for (const branchId of branchIds) written += await refreshQrRoutesForBranch(ctx, scope.tenantId, branchId)
    return written
  } catch (error) {
    ctx.log.error('QR routes not refreshed; old addresses still redirect', { ...scope, error })
    return 0
  }
}
