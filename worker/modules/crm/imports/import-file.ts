// An uploaded import file, from bytes to rows: refused as a whole when it is not a CSV with a
// header row (binary, no header, a header that does not fit the rows), read row by row when it
// is. Pure: the callers fetch and store the bytes.
import { ApiError } from '../../../lib/errors.ts'
import { type CsvDelimiter, type CsvRecord, detectDelimiter, readCsvRecords } from './csv-records.ts'

export const MAX_IMPORT_ROWS = 100_000
export const SAMPLE_ROWS = 20
const MAX_HEADERS = 200

/** A data row as read: its 1-based number (the header is row 0) and its fields or the error. */
export type FileRow = CsvRecord & { row: number }

export interface CsvShape {
  delimiter: CsvDelimiter
  headers: string[]
  totalRows: number
  sample: FileRow[]
}

const notCsv = (reason: string) =>
  new ApiError('BAD_REQUEST', `This file is not a CSV we can import: ${reason}`)

/**
 * The file as text. UTF-8 only (with or without a byte order mark): anything else, and any
 * text holding control characters a CSV never has, is a binary file sent by mistake.
 */
export function decodeCsv(bytes: ArrayBuffer): string {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw notCsv('it is not UTF-8 text (save it from your spreadsheet as “CSV UTF-8”)')
  }
  if (hasBinaryControls(text.slice(0, 64 * 1024))) throw notCsv('it holds binary data, not text')
  if (text.replace(/^\uFEFF/, '').trim() === '') throw notCsv('it is empty')
  return text
}

/** NUL and the other C0 control characters but tab, line feed and carriage return. */
function hasBinaryControls(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return true
  }
  return false
}

const looksLikeData = (cell: string) =>
  /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(cell) ||
  /^\+?[\d\s().-]{7,}$/.test(cell) ||
  /^-?\d+([.,]\d+)?$/.test(cell)

function checkHeader(record: CsvRecord | undefined): string[] {
  if (!record) throw notCsv('it has no header row')
  if (!record.fields) throw notCsv(`the header row cannot be read (${record.error})`)
  const headers = record.fields.map((h) => h.trim())
  if (headers.length > MAX_HEADERS) throw notCsv(`it has more than ${MAX_HEADERS} columns`)
  const blank = headers.indexOf('')
  if (blank !== -1) throw notCsv(`column ${blank + 1} of the header row has no name`)
  const repeated = headers.find((h, i) => headers.indexOf(h) !== i)
  if (repeated !== undefined) throw notCsv(`the header row names “${repeated}” twice`)
  const data = headers.find(looksLikeData)
  if (data !== undefined)
    throw notCsv(`the first row holds data (“${data}”), not column names; add a header row`)
  return headers
}

/**
 * The file's delimiter, header, number of data rows and first rows, refusing a file that is
 * not a CSV with a header. A file whose rows mostly have another number of fields than its
 * header is refused too: its header does not describe it (a ragged or mis-delimited file).
 */
export function inspectCsv(text: string): CsvShape {
  const delimiter = detectDelimiter(text)
  const records = readCsvRecords(text, delimiter)
  const headers = checkHeader(records.next().value ?? undefined)
  const sample: FileRow[] = []
  let totalRows = 0
  let mismatched = 0
  for (const record of records) {
    totalRows++
    if (totalRows > MAX_IMPORT_ROWS)
      throw new ApiError('BAD_REQUEST', `An import takes at most ${MAX_IMPORT_ROWS} rows; split the file`)
    if (sample.length < SAMPLE_ROWS) sample.push({ ...record, row: totalRows })
    if (record.fields && record.fields.length !== headers.length) mismatched++
  }
  if (totalRows === 0) throw notCsv('there are no rows below the header')
  if (mismatched > totalRows / 2)
    throw notCsv(
      `${mismatched} of ${totalRows} rows have a different number of fields than the header's ${headers.length}`,
    )
  return { delimiter, headers, totalRows, sample }
}

/** Data rows `[offset, offset + limit)` (0-based offset), read no further than needed. */
export function fileRows(text: string, offset: number, limit: number): FileRow[] {
  const records = readCsvRecords(text, detectDelimiter(text))
  records.next()
  const rows: FileRow[] = []
  let index = 0
  for (const record of records) {
    if (index >= offset + limit) break
    if (index >= offset) rows.push({ ...record, row: index + 1 })
    index++
  }
  return rows
}
