// A forgiving CSV reader for imports (RFC 4180: quoted fields, "" inside quotes, CRLF, LF or
// CR). Unlike the strict placement reader (qr/batches/csv.ts), one broken record does not
// sink the file: it is reported with its number and reading resumes on the next line, so the
// good rows can still be imported. Pure: no I/O.

/** A record, or why it could not be read. Blank lines are no record at all. */
export type CsvRecord = { fields: string[]; error: null } | { fields: null; error: string }

export const CSV_DELIMITERS = [',', ';', '\t'] as const
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number]

const BOM = 0xfeff

/**
 * The delimiter of the header line: spreadsheets in much of Europe save `;`, some tools tabs.
 * The most frequent of `,` `;` and tab outside quotes wins; a one-column file reads as `,`.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<CsvDelimiter, number>(CSV_DELIMITERS.map((d) => [d, 0]))
  let quoted = false
  for (let i = text.charCodeAt(0) === BOM ? 1 : 0; i < text.length; i++) {
    const ch = text[i]!
    if (ch === '"') quoted = !quoted
    else if (!quoted && (ch === '\n' || ch === '\r')) break
    else if (!quoted && counts.has(ch as CsvDelimiter))
      counts.set(ch as CsvDelimiter, counts.get(ch as CsvDelimiter)! + 1)
  }
  let best: CsvDelimiter = ','
  for (const d of CSV_DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d
  return best
}

type Read = { fields: string[]; end: number } | { error: string; end: number }

/** The index just past the line break that ends the physical line holding `from`. */
function nextLine(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const ch = text[i]
    if (ch === '\n') return i + 1
    if (ch === '\r') return text[i + 1] === '\n' ? i + 2 : i + 1
  }
  return text.length
}

function readRecord(text: string, start: number, delimiter: string): Read {
  const fields: string[] = []
  let field = ''
  let i = start
  for (;;) {
    if (text[i] === '"') {
      // A quoted field: runs to the next lone quote, across delimiters and line breaks.
      i++
      for (;;) {
        if (i >= text.length) return { error: 'A quoted field is never closed', end: nextLine(text, start) }
        const close = text.indexOf('"', i)
        if (close === -1) return { error: 'A quoted field is never closed', end: nextLine(text, start) }
        field += text.slice(i, close)
        if (text[close + 1] === '"') {
          field += '"'
          i = close + 2
        } else {
          i = close + 1
          break
        }
      }
      const after = text[i]
      if (i < text.length && after !== delimiter && after !== '\n' && after !== '\r')
        return {
          error: 'Text follows a closing quote; write "" for a quote inside a quoted field',
          end: nextLine(text, start),
        }
    } else {
      while (i < text.length) {
        const ch = text[i]!
        if (ch === delimiter || ch === '\n' || ch === '\r') break
        if (ch === '"') {
          return {
            error: 'A quote inside an unquoted field; quote the whole field and write "" for the quote',
            end: nextLine(text, start),
          }
        }
        field += ch
        i++
      }
    }
    fields.push(field)
    field = ''
    if (i >= text.length) return { fields, end: i }
    const ch = text[i]
    if (ch === delimiter) {
      i++
      continue
    }
    return { fields, end: ch === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1 }
  }
}

/**
 * Every record of `text` in order, the header first. A record that breaks the format (a quote
 * left open, text after a closing quote) comes back as an error and the reader carries on at
 * the line after the one it started on (a stray quote must not swallow the rows after it).
 */
export function* readCsvRecords(text: string, delimiter: CsvDelimiter = ','): Generator<CsvRecord> {
  let i = text.charCodeAt(0) === BOM ? 1 : 0
  while (i < text.length) {
    const read = readRecord(text, i, delimiter)
    i = read.end
    if ('error' in read) yield { fields: null, error: read.error }
    else if (read.fields.length > 1 || read.fields[0] !== '') yield { fields: read.fields, error: null }
  }
}
