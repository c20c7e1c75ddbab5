import { and, asc, eq, inArray, isNull, type SQL } from 'drizzle-orm'
import type { SelectedFields } from 'drizzle-orm/pg-core'
import type { SelectResultFields } from 'drizzle-orm/query-builders/select.types'
import { ApiError } from '../../../lib/errors.ts'
import type { PgTx } from '../../../lib/pg.ts'
import type { companies, contacts } from '../contacts/contacts.tables.ts'
import type { deals } from '../deals/deals.tables.ts'

/** The tables of CRM records: each row has an id, a tenant, a name and a soft-delete time. */
export type RecordTable = typeof contacts | typeof companies | typeof deals

/** The tenant's live (not deleted) rows of `table`, narrowed further by `more`. */
export const liveWhere = (table: RecordTable, tenantId: string, ...more: (SQL | undefined)[]) =>
  and(eq(table.tenantId, tenantId), isNull(table.deletedAt), ...more)

/**
 * The live record `id` as `columns` select it, if the transaction's actor may see it (RLS hides
 * other branches). `lock` holds the row until commit.
 */
export async function findLive<C extends SelectedFields>(
  tx: PgTx,
  table: RecordTable,
  columns: C,
  tenantId: string,
  id: string,
  { lock = false }: { lock?: boolean } = {},
): Promise<SelectResultFields<C> | undefined> {
  // Drizzle types a select over generic columns no further than SelectedFields.
  const fields: SelectedFields = columns
  const query = tx
    .select(fields)
    .from(table)
    .where(liveWhere(table, tenantId, eq(table.id, id)))
  const [row] = lock ? await query.for('update') : await query
  return row as SelectResultFields<C> | undefined
}

/**
 * The live records in `ids` order, locked for update unless `lock` is false; a 404 naming the
 * first that is not a live record the actor may see (nothing has changed yet).
 */
export async function recordsInOrder<T extends RecordTable>(
  tx: PgTx,
  table: T,
  noun: string,
  tenantId: string,
  ids: string[],
  lock = true,
): Promise<T['$inferSelect'][]> {
  // Drizzle cannot type a select from a generic table; from the union it can.
  const from: RecordTable = table
  const query = tx
    .select()
    .from(from)
    .where(liveWhere(from, tenantId, inArray(from.id, ids)))
    .orderBy(asc(from.id))
  const rows = await (lock ? query.for('update') : query)
  const byId = new Map(rows.map((r) => [r.id, r as T['$inferSelect']]))
  const missing = ids.find((id) => !byId.has(id))
  if (missing) throw new ApiError('NOT_FOUND', `${noun} ${missing} not found`)
  return ids.map((id) => byId.get(id)!)
}

/**
 * The names of those of `ids` that are live and visible to the reader (row level security
 * leaves out the rest), by id; no query for no ids.
 */
export async function liveNames(
  tx: PgTx,
  table: RecordTable,
  tenantId: string,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const rows = await tx
    .select({ id: table.id, name: table.name })
    .from(table)
    .where(liveWhere(table, tenantId, inArray(table.id, [...ids])))
  return new Map(rows.map((r) => [r.id, r.name]))
}
