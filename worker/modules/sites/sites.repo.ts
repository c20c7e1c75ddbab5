import { and, desc, eq, isNotNull, max, type SQL } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import type { D1Db } from '../../lib/d1.ts'
import { type BranchScope, inBranchScope } from '../auth/index.ts'
import { branches, brands } from '../brands/brands.tables.ts'
import { tenants } from '../tenants/tenants.tables.ts'
import { sites, siteVersions } from './sites.tables.ts'

const pageColumns = {
  tenantId: sites.tenantId,
  siteId: sites.id,
  brandId: brands.id,
  brandSlug: brands.slug,
  brandName: brands.name,
  primaryColor: brands.primaryColor,
  branchId: branches.id,
  branchSlug: branches.slug,
  branchName: branches.name,
  versionId: siteVersions.id,
  content: siteVersions.content,
}

export type PublishedPage = NonNullable<Awaited<ReturnType<typeof findPublishedPage>>>

/** A branch's published page, from an active tenant; public, so matched by slug or id, not tenant. */
async function publishedPage(db: D1Db, match: SQL) {
  const [page] = await db
    .select(pageColumns)
    .from(branches)
    .innerJoin(brands, eq(brands.id, branches.brandId))
    .innerJoin(sites, eq(sites.branchId, branches.id))
    .innerJoin(siteVersions, eq(siteVersions.id, sites.publishedVersionId))
    .innerJoin(tenants, eq(tenants.id, sites.tenantId))
    .where(and(match, eq(tenants.status, 'active')))
    .limit(1)
  return page
}

export function findPublishedPage(
  db: D1Db,
  brand: { brandSlug: string } | { brandId: string },
  branchSlug: string,
) {
  const brandMatch = 'brandSlug' in brand ? eq(brands.slug, brand.brandSlug) : eq(brands.id, brand.brandId)
  return publishedPage(db, and(brandMatch, eq(branches.slug, branchSlug))!)
}

export function findPublishedPageByBranchId(db: D1Db, branchId: string) {
  return publishedPage(db, eq(branches.id, branchId))
}

/** The tenant's sites within the actor's branches. */
export async function listSites(db: D1Db, tenantId: string, scope: BranchScope) {
  return db
    .select({
      id: sites.id,
      brandId: brands.id,
      brandSlug: brands.slug,
      branchId: branches.id,
      branchSlug: branches.slug,
      branchName: branches.name,
      publishedVersionId: sites.publishedVersionId,
    })
    .from(sites)
    .innerJoin(branches, eq(branches.id, sites.branchId))
    .innerJoin(brands, eq(brands.id, branches.brandId))
    .where(and(eq(sites.tenantId, tenantId), inBranchScope(sites.branchId, scope)))
    .orderBy(brands.slug, branches.slug)
}

/** A site of the tenant that the actor's branch scope reaches; any other looks missing. */
export async function findSite(db: D1Db, tenantId: string, scope: BranchScope, siteId: string) {
  const [site] = await db
    .select({
      id: sites.id,
      branchId: sites.branchId,
      brandId: branches.brandId,
      brandSlug: brands.slug,
      branchSlug: branches.slug,
    })
    .from(sites)
    .innerJoin(branches, eq(branches.id, sites.branchId))
    .innerJoin(brands, eq(brands.id, branches.brandId))
    .where(and(eq(sites.tenantId, tenantId), inBranchScope(sites.branchId, scope), eq(sites.id, siteId)))
    .limit(1)
  return site
}

export async function nextVersionNumber(db: D1Db, tenantId: string, siteId: string): Promise<number> {
  const [row] = await db
    .select({ top: max(siteVersions.number) })
    .from(siteVersions)
    .where(and(eq(siteVersions.tenantId, tenantId), eq(siteVersions.siteId, siteId)))
  return (row?.top ?? 0) + 1
}

/** Inserts the version and points the site at it in one D1 batch (with `also`, e.g. its audit record): all or nothing. */
export async function insertPublishedVersion(
  db: D1Db,
  tenantId: string,
  version: Omit<typeof siteVersions.$inferInsert, 'tenantId'> & { publishedAt: Date },
  also: BatchItem<'sqlite'>[] = [],
) {
  await db.batch([
    db.insert(siteVersions).values({ ...version, tenantId }),
    db
      .update(sites)
      .set({ publishedVersionId: version.id })
      .where(and(eq(sites.tenantId, tenantId), eq(sites.id, version.siteId))),
    ...also,
  ])
}

export async function listSiteVersions(db: D1Db, tenantId: string, siteId: string) {
  return db
    .select()
    .from(siteVersions)
    .where(
      and(
        eq(siteVersions.tenantId, tenantId),
        eq(siteVersions.siteId, siteId),
        isNotNull(siteVersions.publishedAt),
      ),
    )
    .orderBy(desc(siteVersions.number))
}
