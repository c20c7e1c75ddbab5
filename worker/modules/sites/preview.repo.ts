import { and, eq, gt, isNull } from 'drizzle-orm'
import type { D1Db } from '../../lib/d1.ts'
import { branches, brands } from '../brands/brands.tables.ts'
import { tenants } from '../tenants/tenants.tables.ts'
import { sites, siteVersions } from './sites.tables.ts'

/**
 * The site a shared preview link opens: public, so matched by the site id and the hash of the
 * link's secret, never by tenant. Expired and revoked links, suspended tenants and archived
 * branches find nothing.
 */
export async function findSiteByPreviewToken(db: D1Db, siteId: string, tokenHash: string, now: Date) {
  const [site] = await db
    .select({
      tenantId: sites.tenantId,
      branchId: sites.branchId,
      brandName: brands.name,
      branchName: branches.name,
      draft: sites.draft,
      publishedContent: siteVersions.content,
    })
    .from(sites)
    .innerJoin(branches, eq(branches.id, sites.branchId))
    .innerJoin(brands, eq(brands.id, branches.brandId))
    .innerJoin(tenants, eq(tenants.id, sites.tenantId))
    .leftJoin(siteVersions, eq(siteVersions.id, sites.publishedVersionId))
    .where(
      and(
        eq(sites.id, siteId),
        eq(sites.previewTokenHash, tokenHash),
        gt(sites.previewExpiresAt, now),
        eq(tenants.status, 'active'),
        isNull(branches.archivedAt),
      ),
    )
    .limit(1)
  return site
}
