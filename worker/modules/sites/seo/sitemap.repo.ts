// What each host's sitemap lists: live branches of active tenants whose canonical address is
// on that host, their published staff cards, and nothing a site asked to keep out (noindex).
import { and, asc, eq, exists, inArray, isNull, or, type SQL, sql } from 'drizzle-orm'
import type { D1Db } from '../../../lib/d1.ts'
import { branches, brands, staffMembers } from '../../brands/brands.tables.ts'
import { hostnames } from '../../domains/index.ts'
import { tenants } from '../../tenants/tenants.tables.ts'
import { sites, siteVersions } from '../sites.tables.ts'

// The sitemaps protocol's limit per file.
export const MAX_SITEMAP_URLS = 50_000

export type SitemapScope =
  | { kind: 'platform' }
  | { kind: 'brand'; brandId: string }
  | { kind: 'branch'; branchId: string }

/** A tenant hostname that serves this branch (its own, or its brand's); such a branch's canonical is there. */
const servedElsewhere = (db: D1Db, onlyBranchHosts: boolean) =>
  exists(
    db
      .select({ one: sql`1` })
      .from(hostnames)
      .where(
        and(
          eq(hostnames.brandId, branches.brandId),
          eq(hostnames.status, 'active'),
          isNull(hostnames.redirectTo),
          onlyBranchHosts
            ? eq(hostnames.branchId, branches.id)
            : or(isNull(hostnames.branchId), eq(hostnames.branchId, branches.id)),
        ),
      ),
  )

function scopeWhere(db: D1Db, scope: SitemapScope): SQL {
  const live = and(
    eq(tenants.status, 'active'),
    isNull(branches.archivedAt),
    sql`coalesce(json_extract(${siteVersions.content}, '$.seo.noindex'), 0) = 0`,
  )!
  if (scope.kind === 'platform') return and(live, sql`not ${servedElsewhere(db, false)}`)!
  if (scope.kind === 'brand')
    return and(live, eq(branches.brandId, scope.brandId), sql`not ${servedElsewhere(db, true)}`)!
  return and(live, eq(branches.id, scope.branchId))!
}

export async function findSitemapRows(db: D1Db, scope: SitemapScope) {
  const where = scopeWhere(db, scope)
  const liveBranchIds = db
    .select({ id: branches.id })
    .from(branches)
    .innerJoin(tenants, eq(tenants.id, branches.tenantId))
    .innerJoin(sites, eq(sites.branchId, branches.id))
    .innerJoin(siteVersions, eq(siteVersions.id, sites.publishedVersionId))
    .where(where)
  const [pages, staff] = await db.batch([
    db
      .select({
        branchId: branches.id,
        // Named apart: D1 batch rows are keyed by column name, and both columns are `slug`.
        brandSlug: sql<string>`${brands.slug}`.as('brand_slug'),
        branchSlug: branches.slug,
        publishedAt: siteVersions.publishedAt,
      })
      .from(branches)
      .innerJoin(brands, eq(brands.id, branches.brandId))
      .innerJoin(tenants, eq(tenants.id, branches.tenantId))
      .innerJoin(sites, eq(sites.branchId, branches.id))
      .innerJoin(siteVersions, eq(siteVersions.id, sites.publishedVersionId))
      .where(where)
      .orderBy(asc(brands.slug), asc(branches.slug))
      .limit(MAX_SITEMAP_URLS),
    db
      .select({ branchId: staffMembers.branchId, slug: staffMembers.slug })
      .from(staffMembers)
      .where(and(eq(staffMembers.published, true), inArray(staffMembers.branchId, liveBranchIds)))
      .orderBy(asc(staffMembers.position), asc(staffMembers.slug))
      .limit(MAX_SITEMAP_URLS),
  ])
  return { pages, staff }
}
