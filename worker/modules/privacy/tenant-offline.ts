/**
 * Takes a tenant's microsites off the edge at once: deletes every cached page (`page:*`), custom
 * hostname mapping (`host:*`) and QR short link (`qr:*`, up to a bound) it could be served from.
 * The next visit falls through to D1, which serves only active tenants, so a suspended or
 * deleted tenant is gone everywhere without waiting for KV's TTLs.
 */
import { eq } from 'drizzle-orm'
import type { Ctx } from '../../context.ts'
import { brands } from '../brands/brands.tables.ts'
import { hostnames } from '../domains/index.ts'
import { forgetTenantQrRoutes } from '../qr/route-store.ts'
import { purgePages } from '../sites/index.ts'

const QR_ROUTES_TAKEN_OFFLINE = 500

export async function takeTenantOffline(ctx: Ctx, tenantId: string): Promise<number> {
  const [brandRows, hostRows] = await Promise.all([
    ctx.d1
      .select({ brandId: brands.id, brandSlug: brands.slug })
      .from(brands)
      .where(eq(brands.tenantId, tenantId)),
    ctx.d1.select({ hostname: hostnames.hostname }).from(hostnames).where(eq(hostnames.tenantId, tenantId)),
  ])
  await Promise.all(hostRows.map((host) => ctx.env.SITE_CACHE.delete(`host:${host.hostname}`)))
  const pages = await purgePages(
    ctx,
    brandRows.map((brand) => ({ tenantId, ...brand })),
  )
  // Past this many, the rest of the printed codes keep redirecting until the purge forgets them.
  const codes = await forgetTenantQrRoutes(ctx, tenantId, QR_ROUTES_TAKEN_OFFLINE)
  ctx.log.info('tenant taken offline', { tenantId, hosts: hostRows.length, pages, codes })
  return hostRows.length + pages + codes
}
