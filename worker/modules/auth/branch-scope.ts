import { type Column, inArray, type SQL, sql } from 'drizzle-orm'

/** The branches an actor may see: null means every branch (`Actor['branchIds']`). */
export type BranchScope = readonly string[] | null

/**
 * The one filter that limits a query to an actor's branches; repos AND it into their WHERE
 * next to the tenant. Unscoped actors get no condition, a scope with no branches sees nothing.
 * @example db.select().from(sites).where(and(eq(sites.tenantId, tenantId), inBranchScope(sites.branchId, scope)))
 */
export function inBranchScope(column: Column, scope: BranchScope): SQL | undefined {
  if (scope === null) return undefined
  return scope.length === 0 ? sql`false` : inArray(column, [...scope])
}
