/** One file of an export archive: what it holds, and its rows page by page. */
export interface Section {
  file: string
  about: string
  /** A single JSON object (a profile) rather than an array of rows. */
  single?: boolean
  pages(): AsyncIterable<readonly unknown[]>
}

export const PAGE_SIZE = 500

/**
 * Keyset pages over ids (which sort by creation), so a long table is read in bounded pieces
 * and a row is never skipped or repeated between pages.
 */
export async function* pagesById<T extends { id: string }>(
  load: (afterId: string, limit: number) => Promise<T[]>,
): AsyncIterable<T[]> {
  let after = ''
  while (true) {
    const rows = await load(after, PAGE_SIZE)
    if (rows.length > 0) yield rows
    if (rows.length < PAGE_SIZE) return
    after = rows[rows.length - 1]!.id
  }
}

/** One page holding whatever `load` returns, for small tables read at once. */
export async function* onePage<T>(load: () => Promise<T[]>): AsyncIterable<T[]> {
  yield await load()
}
