import { and, asc, eq, isNotNull, isNull } from 'drizzle-orm'
import type { D1Db } from '../../lib/d1.ts'
import { type BranchScope, inBranchScope } from '../auth/index.ts'
import { sites } from '../sites/sites.tables.ts'
import type { ListBranchesQuery } from './brands.schemas.ts'
import { branches, brands } from './brands.tables.ts'

const branchColumns = {
  branch: branches,
  brandSlug: brands.slug,
  brandName: brands.name,
  siteId: sites.id,
  publishedVersionId: sites.publishedVersionId,
}

// Every branch has its site (created in the same batch), so the inner join loses none.
const selectBranches = (db: D1Db) =>
  db
    .select(branchColumns)
    .from(branches)
    .innerJoin(brands, eq(brands.id, branches.brandId))
    .innerJoin(sites, eq(sites.branchId, branches.id))

export async function listBranches(db: D1Db, tenantId: string, scope: BranchScope, query: ListBranchesQuery) {
  return selectBranches(db)
    .where(
      and(
        eq(branches.tenantId, tenantId),
        inBranchScope(branches.id, scope),
        query.brandId ? eq(branches.brandId, query.brandId) : undefined,
        query.archived === 'exclude' ? isNull(branches.archivedAt) : undefined,
        query.archived === 'only' ? isNotNull(branches.archivedAt) : undefined,
      ),
    )
    .orderBy(asc(brands.name), asc(branches.name), asc(branches.id))
}
export type BranchWithBrand = Awaited<ReturnType<typeof listBranches>>[number]

/** A branch of the tenant within the actor's scope; any other looks missing. */
export async function findBranch(
  db: D1Db,
  tenantId: string,
  scope: BranchScope,
  branchId: string,
): Promise<BranchWithBrand | undefined> {
  const [row] = await selectBranches(db)
    .where(and(eq(branches.tenantId, tenantId), inBranchScope(branches.id, scope), eq(branches.id, branchId)))
    .limit(1)
  return row
}

export const insertBranch = (db: D1Db, row: typeof branches.$inferInsert) => db.insert(branches).values(row)

/** A new branch's site: no draft yet (the builder fills it from a template), nothing published. */
export const insertSite = (db: D1Db, row: { id: string; tenantId: string; branchId: string }) =>
  db.insert(sites).values({ ...row, draft: null })

export const updateBranchRow = (
  db: D1Db,
  tenantId: string,
  branchId: string,
  set: Partial<typeof branches.$inferInsert>,
) =>
  db
    .update(branches)
    .set(set)
    .where(and(eq(branches.tenantId, tenantId), eq(branches.id, branchId)))
