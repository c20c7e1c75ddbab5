import { and, asc, count, eq, exists, isNull, type SQL, sql } from 'drizzle-orm'
import type { D1Db } from '../../lib/d1.ts'
import { type BranchScope, inBranchScope } from '../auth/index.ts'
import { branches, brands } from './brands.tables.ts'

export type BrandRow = typeof brands.$inferSelect

/**
 * A brand with its open branches counted within the actor's scope. A member limited to some
 * branches sees only the brands those branches belong to.
 */
function brandsInScope(db: D1Db, tenantId: string, scope: BranchScope, where?: SQL) {
  const visible = and(eq(branches.brandId, brands.id), inBranchScope(branches.id, scope))
  return db
    .select({
      brand: brands,
      branchCount: sql<number>`(select count(*) from ${branches} where ${and(visible, isNull(branches.archivedAt))})`,
    })
    .from(brands)
    .where(
      and(
        eq(brands.tenantId, tenantId),
        scope === null ? undefined : exists(db.select({ one: sql`1` }).from(branches).where(visible)),
        where,
      ),
    )
}

export const listBrands = (db: D1Db, tenantId: string, scope: BranchScope) =>
  brandsInScope(db, tenantId, scope).orderBy(asc(brands.name), asc(brands.id))

export async function findBrand(db: D1Db, tenantId: string, scope: BranchScope, brandId: string) {
  const [row] = await brandsInScope(db, tenantId, scope, eq(brands.id, brandId)).limit(1)
  return row
}
export type BrandWithCount = NonNullable<Awaited<ReturnType<typeof findBrand>>>

export const insertBrand = (db: D1Db, row: typeof brands.$inferInsert) => db.insert(brands).values(row)

export const updateBrandRow = (db: D1Db, tenantId: string, brandId: string, set: Partial<BrandRow>) =>
  db
    .update(brands)
    .set(set)
    .where(and(eq(brands.tenantId, tenantId), eq(brands.id, brandId)))

/** Branches that count against the plan: every one not archived. */
export async function countOpenBranches(db: D1Db, tenantId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(branches)
    .where(and(eq(branches.tenantId, tenantId), isNull(branches.archivedAt)))
  return row?.n ?? 0
}
