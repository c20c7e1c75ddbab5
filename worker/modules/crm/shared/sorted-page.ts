import type { SQL } from 'drizzle-orm'
import type { PgColumn, SelectedFields } from 'drizzle-orm/pg-core'
import type { SelectResultFields } from 'drizzle-orm/query-builders/select.types'
import type { PgTx } from '../../../lib/pg.ts'
import type { ListContactsQuery } from '../contacts/contacts.schemas.ts'
import { loadFieldDefs } from '../fields/field-defs.ts'
import { filterSql, sortSql } from '../filters/filter-sql.ts'
import type { CrmSortPlan } from '../filters/sort-sql.ts'
import { liveWhere, type RecordTable } from './live-records.ts'

export interface SortedPageQuery {
  where: SQL | undefined
  plan: CrmSortPlan
  cursor: string | undefined
  limit: number
}

/**
 * One page of the live records of `table` matching `where`, in the plan's order, and the cursor
 * to the next page. The query asks for one row beyond the page: that row says another follows.
 */
export async function sortedPage<C extends SelectedFields & { id: PgColumn }>(
  tx: PgTx,
  table: RecordTable,
  columns: C,
  tenantId: string,
  { where, plan, cursor, limit }: SortedPageQuery,
): Promise<{ page: SelectResultFields<C>[]; nextCursor: string | null }> {
  // Drizzle types a select over generic columns no further than this; the rows are C's and the key.
  type Row = SelectResultFields<C>
  const fields: SelectedFields = { ...columns, sortKey: plan.key }
  const rows = (await tx
    .select(fields)
    .from(table)
    .where(liveWhere(table, tenantId, where, plan.after(cursor)))
    .orderBy(...plan.orderBy)
    .limit(limit + 1)) as (Row & { id: string; sortKey: string })[]
  const page = rows.slice(0, limit)
  const last = page.at(-1)
  return {
    page: page.map(({ sortKey: _key, ...row }) => row as Row),
    nextCursor: rows.length > limit && last ? plan.cursorOf(last) : null,
  }
}

/**
 * A list query of contacts or companies made ready for `sortedPage`: `q` (the search box) before
 * the filter's own free text, the sort by its plan against the tenant's field definitions.
 */
export async function recordListQuery(
  tx: PgTx,
  tenantId: string,
  entity: 'contact' | 'company',
  query: ListContactsQuery,
): Promise<SortedPageQuery> {
  const filter = { ...query.filter, q: query.q || query.filter?.q }
  const sort = query.sort ? { field: query.sort, direction: query.direction ?? 'desc' } : undefined
  const defs = await loadFieldDefs(tx, tenantId, entity)
  const plan = sortSql(entity, sort, defs)
  return { where: filterSql(entity, filter, defs), plan, cursor: query.cursor, limit: query.limit }
}
