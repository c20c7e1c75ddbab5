import { csvRow } from './csv.ts'

/**
 * A CSV download streamed a page at a time, so memory stays flat however large the export:
 * a UTF-8 byte order mark (Excel then keeps accented names intact) and the header first, then
 * `page(limit, after)` until `rows` lines are sent or a page comes back empty. `after` is the
 * `cursor` of the last row sent (undefined for the first page).
 */
export function csvStream<Row, Cursor>(source: {
  header: readonly string[]
  rows: number
  pageSize: number
  page: (limit: number, after: Cursor | undefined) => Promise<Row[]>
  lines: (page: Row[]) => string[] | Promise<string[]>
  cursor: (last: Row) => Cursor
}): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  let sent = 0
  let after: Cursor | undefined
  let started = false
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true
        controller.enqueue(encoder.encode(`\uFEFF${csvRow(source.header)}`))
        return
      }
      const limit = Math.min(source.pageSize, source.rows - sent)
      const page = limit > 0 ? await source.page(limit, after) : []
      const last = page.at(-1)
      if (last === undefined) return controller.close()
      controller.enqueue(encoder.encode((await source.lines(page)).join('')))
      sent += page.length
      after = source.cursor(last)
    },
  })
}
