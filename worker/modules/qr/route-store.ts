// Writes the KV record behind `/q/{code}` (QrRoute), so a scan never reads D1.
import { and, eq } from 'drizzle-orm'
import type { Ctx } from '../../context.ts'
import type { D1Db } from '../../lib/d1.ts'
import { brands } from '../brands/index.ts'
import { mediaRefs } from '../media/index.ts'
import type { QrCodeRow } from './qr.repo.ts'
import { qrCodes } from './qr.tables.ts'
import { type QrRoute, qrRouteKey } from './redirect/qr-route.ts'
import { branchLookup } from './targets/branch-lookup.ts'
import { type ResolvedTargets, resolveTargets } from './targets/destinations.ts'
import type { ResolveContext } from './targets/resolve-target.ts'

/** What the paused, expired and password pages show of the brand: its name, colour and logo. */
export async function brandLook(
  db: D1Db,
  tenantId: string,
  brandId: string | null,
): Promise<QrRoute['brand']> {
  if (!brandId) return null
  const [brand] = await db
    .select({
      name: brands.name,
      primaryColor: brands.primaryColor,
      colors: brands.colors,
      logo: brands.logoMediaId,
    })
    .from(brands)
    .where(and(eq(brands.tenantId, tenantId), eq(brands.id, brandId)))
    .limit(1)
  if (!brand) return null
  const logo = brand.logo ? (await mediaRefs(db, tenantId, [brand.logo])).get(brand.logo) : undefined
  return { name: brand.name, color: brand.colors?.primary ?? brand.primaryColor, logoUrl: logo?.url ?? null }
}

export function qrRouteFor(
  row: QrCodeRow,
  resolved: ResolvedTargets & { url: string },
  brand: QrRoute['brand'],
): QrRoute {
  return {
    v: 1,
    tenantId: row.tenantId,
    codeId: row.id,
    brandId: row.brandId,
    branchId: row.branchId,
    placement: row.placement,
    status: row.archivedAt ? 'archived' : row.status,
    expiresAt: row.expiresAt?.getTime() ?? null,
    timezone: resolved.timezone,
    url: resolved.url,
    rules: resolved.rules,
    passwordHash: row.passwordHash,
    scanLimit: row.scanLimit,
    brand,
  }
}

export const putQrRoute = (ctx: Ctx, route: QrRoute, code: string) =>
  ctx.env.SITE_CACHE.put(qrRouteKey(code), JSON.stringify(route))

/**
 * Re-resolves a saved code and writes its route, never refusing: a section since removed
 * falls back to the page. Archived codes keep a record whose status answers 410. Returns
 * the route written, or null (and writes nothing) when the default target cannot be resolved.
 */
export async function rewriteQrRoute(
  ctx: Ctx,
  row: QrCodeRow,
  lookup = branchLookup(ctx.d1, row.tenantId),
): Promise<QrRoute | null> {
  if (row.kind !== 'dynamic' || !row.target) return null
  const rc: ResolveContext = {
    lookup,
    origin: ctx.config.PUBLIC_ORIGIN,
    canUseBranch: () => true,
    strict: false,
    issues: [],
  }
  const resolved = await resolveTargets(rc, { ...row, target: row.target })
  const url = resolved.url ?? (row.archivedAt ? ctx.config.PUBLIC_ORIGIN : null)
  if (!url) {
    ctx.log.warn('qr.route_unresolved', { codeId: row.id, issues: rc.issues })
    return null
  }
  const route = qrRouteFor(row, { ...resolved, url }, await brandLook(ctx.d1, row.tenantId, row.brandId))
  await putQrRoute(ctx, route, row.code)
  return route
}

/**
 * Deletes up to `max` of a tenant's short-link records (KV allows only so many operations per
 * invocation); a scan of a deleted one rebuilds it from D1 only while the tenant is active.
 */
export async function forgetTenantQrRoutes(ctx: Ctx, tenantId: string, max: number): Promise<number> {
  const rows = await ctx.d1
    .select({ code: qrCodes.code })
    .from(qrCodes)
    .where(and(eq(qrCodes.tenantId, tenantId), eq(qrCodes.kind, 'dynamic')))
    .limit(max)
  for (let i = 0; i < rows.length; i += 50)
    await Promise.all(rows.slice(i, i + 50).map(({ code }) => ctx.env.SITE_CACHE.delete(qrRouteKey(code))))
  return rows.length
}
