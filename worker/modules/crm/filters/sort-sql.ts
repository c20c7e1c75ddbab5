// Sorting with keyset pages: every order ends with the id, and the cursor carries the last row's
// sort value and id, so "load more" is a range scan on (value, id) with no OFFSET.
import { type SQL, sql } from 'drizzle-orm'
import { ApiError } from '../../../lib/errors.ts'
import type { CrmEntity } from '../fields/fields.tables.ts'
import type { CrmSort } from './filter.schemas.ts'
import { ENTITY_TABLES, type FilterFieldDef, resolveField } from './filter-columns.ts'

/** How a list is ordered and paged; build it with `sortSql`, use it in one select. */
export interface CrmSortPlan {
  field: string
  direction: 'asc' | 'desc'
  /** ORDER BY terms: the value, then the id. */
  orderBy: SQL[]
  /** Select this as `sortKey` with each row (text), so `cursorOf` can make the next cursor. */
  key: SQL<string>
  /** The keyset condition for the page after `cursor` (undefined for the first page). */
  after(cursor: string | null | undefined): SQL | undefined
  cursorOf(row: { id: string; sortKey: string }): string
}

export const DEFAULT_SORT: CrmSort = { field: 'updatedAt', direction: 'desc' }

// Nulls sort as the lowest value of their type, so (value, id) always has a total order.
const LOWEST: Record<string, string> = {
  integer: `-2147483648`,
  bigint: `-9223372036854775808`,
  numeric: `'-Infinity'::numeric`,
  'timestamp with time zone': `'-infinity'::timestamptz`,
  date: `'-infinity'::date`,
  boolean: 'false',
  text: `''`,
}

function sortable(entity: CrmEntity, field: string, defs: readonly FilterFieldDef[]) {
  const f = resolveField(entity, field, defs, 'sort.field')
  if (f.kind === 'tags' || (entity === 'contact' && field === 'companyId'))
    throw new ApiError('BAD_REQUEST', `Lists cannot be sorted by “${field}”`, {
      errors: [{ path: 'sort.field', message: 'Not a sortable field' }],
    })
  const type = f.custom
    ? f.custom.type === 'number'
      ? 'numeric'
      : 'text'
    : (f.column?.getSQLType() ?? 'text')
  const nullable = f.custom ? true : !f.column?.notNull
  const lowest = LOWEST[type] ?? `''`
  const expr = nullable ? sql`coalesce(${f.expr}, ${sql.raw(lowest)})` : f.expr
  return { expr, type: LOWEST[type] ? type : 'text' }
}

const badCursor = () =>
  new ApiError('BAD_REQUEST', 'The cursor is not one this API gave out for this sort', {
    errors: [{ path: 'cursor', message: 'Unknown cursor, or one made for another sort' }],
  })

/** The cursor's sort value and id; it names its sort, so one from another order is refused. */
function decode(cursor: string, sortName: string): [string, string] {
  let parsed: unknown
  try {
    const binary = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'))
    parsed = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))))
  } catch {
    throw badCursor()
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || !parsed.every((p) => typeof p === 'string'))
    throw badCursor()
  const [name, key, id] = parsed as [string, string, string]
  if (name !== sortName) throw badCursor()
  return [key, id]
}

function encode(sortName: string, key: string, id: string): string {
  const bytes = new TextEncoder().encode(JSON.stringify([sortName, key, id]))
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
}

/**
 * The order, sort key and keyset for a list of `entity` sorted by a built-in or `custom.<key>`
 * field (default: updatedAt, newest first). A 400 for fields that cannot be sorted on.
 */
export function sortSql(
  entity: CrmEntity,
  sort: CrmSort | null | undefined,
  fields: readonly FilterFieldDef[],
): CrmSortPlan {
  const { field, direction } = { ...DEFAULT_SORT, ...(sort ?? {}) }
  const { expr, type } = sortable(entity, field, fields)
  const id = ENTITY_TABLES[entity].id
  const dir = sql.raw(direction === 'asc' ? 'asc' : 'desc')
  const cmp = sql.raw(direction === 'asc' ? '>' : '<')
  const sortName = `${field}:${direction}`
  const cast = sql.raw(type === 'timestamp with time zone' ? 'timestamptz' : type)
  return {
    field,
    direction,
    orderBy: [sql`${expr} ${dir}`, sql`${id} ${dir}`],
    key: sql<string>`(${expr})::text`,
    after(cursor) {
      if (!cursor) return undefined
      const [key, lastId] = decode(cursor, sortName)
      return sql`(${expr}, ${id}) ${cmp} (cast(${key} as ${cast}), ${lastId})`
    },
    cursorOf: (row) => encode(sortName, row.sortKey, row.id),
  }
}
