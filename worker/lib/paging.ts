// Keyset pages over rows whose ids sort by time (newest first): the query asks for one row more
// than the page, which tells whether another page follows; the cursor is the last row's id.
import { ApiError } from './errors.ts'
import { type IdKind, idPattern } from './ids.ts'

/** A 400 for a cursor that is not an id of this kind (so it cannot be one this API gave out). */
export function assertIdCursor(kind: IdKind, cursor: string | undefined): void {
  if (cursor && !idPattern(kind).test(cursor))
    throw new ApiError('BAD_REQUEST', 'The cursor is not one this API gave out')
}

/** The first `limit` of `rows` (fetched with `limit + 1`) and the cursor to the page after them. */
export function idPage<Row extends { id: string }>(
  rows: Row[],
  limit: number,
): { page: Row[]; nextCursor: string | null } {
  const page = rows.slice(0, limit)
  return { page, nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null }
}
