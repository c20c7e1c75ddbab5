import { and, asc, eq, isNull, sql } from 'drizzle-orm'
import type { D1Db } from '../../lib/d1.ts'
import { type BranchScope, inBranchScope } from '../auth/index.ts'
import { branches, brands } from '../brands/brands.tables.ts'
import { sites } from '../sites/sites.tables.ts'
import { tenants } from '../tenants/tenants.tables.ts'

export async function findOrganisationName(db: D1Db, tenantId: string): Promise<string> {
  const [row] = await db.select({ name: tenants.name }).from(tenants).where(eq(tenants.id, tenantId)).limit(1)
  return row?.name ?? ''
}

/**
 * The brand, branch and site furthest along the first run, in one query: a published site
 * first, then one with a draft, then any branch, then a brand alone; the oldest among equals.
 * Branches outside the actor's scope and archived ones are not considered.
 */
export async function findFurthestSetup(db: D1Db, tenantId: string, scope: BranchScope) {
  const [row] = await db
    .select({
      brandId: brands.id,
      brandSlug: brands.slug,
      branchId: branches.id,
      branchSlug: branches.slug,
      siteId: sites.id,
      // Only the template name, not the whole draft: the draft can be tens of kilobytes.
      draftTemplate: sql<string | null>`json_extract(${sites.draft}, '$.template')`,
      hasDraft: sql<number>`${sites.draft} is not null`,
      publishedVersionId: sites.publishedVersionId,
    })
    .from(brands)
    .leftJoin(
      branches,
      and(
        eq(branches.brandId, brands.id),
        eq(branches.tenantId, tenantId),
        isNull(branches.archivedAt),
        inBranchScope(branches.id, scope),
      ),
    )
    .leftJoin(sites, and(eq(sites.branchId, branches.id), eq(sites.tenantId, tenantId)))
    .where(eq(brands.tenantId, tenantId))
    .orderBy(
      sql`${sites.publishedVersionId} is null`,
      sql`${sites.draft} is null`,
      sql`${branches.id} is null`,
      asc(brands.createdAt),
      asc(branches.createdAt),
    )
    .limit(1)
  return row
}
