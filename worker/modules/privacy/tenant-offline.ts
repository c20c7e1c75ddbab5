/**
 * Takes a tenant's microsites off the edge at once: deletes every cached page (`page:*`) and
 * custom hostname mapping (`host:*`) it could be served from. The next visit falls through to
 * D1, which serves only active tenants, so a suspended or deleted tenant answers 404
 * everywhere without waiting for KV's TTLs.
 */
import { eq } from 'drizzle-orm'
import type { Ctx } from '../../context.ts'
import { hostnames } from '../domains/index.ts'
// Imported from the file, not the module's index: the key layout is the sites module's to define.
import { pageKeysFor } from '../sites/index.ts'
import { branches, brands } from '../sites/sites.tables.ts'

export async function takeTenantOffline(ctx: Ctx, tenantId: string): Promise<number> {
  const [branchRows, hostRows] = await Promise.all([
    ctx.d1
      .select({
        brandId: brands.id,
        brandSlug: brands.slug,
        branchSlug: branches.slug,
        branchId: branches.id,
      })
      .from(branches)
      .innerJoin(brands, eq(brands.id, branches.brandId))
      .where(eq(branches.tenantId, tenantId)),
    ctx.d1
      .select({ hostname: hostnames.hostname, brandId: hostnames.brandId, branchId: hostnames.branchId })
      .from(hostnames)
      .where(eq(hostnames.tenantId, tenantId)),
  ])
  const keys = new Set(hostRows.map((host) => `host:${host.hostname}`))
  for (const branch of branchRows) {
    const hosts = hostRows.filter((host) => host.brandId === branch.brandId)
    for (const key of pageKeysFor(branch, hosts)) keys.add(key)
  }
  await Promise.all([...keys].map((key) => ctx.env.SITE_CACHE.delete(key)))
  ctx.log.info('tenant taken offline', { tenantId, cacheKeys: keys.size })
  return keys.size
}
