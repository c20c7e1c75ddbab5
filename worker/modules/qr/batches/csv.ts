// CSV of placements for a bulk batch (RFC 4180: quoted fields, "" inside quotes, CRLF or LF, an
// optional UTF-8 byte order mark as spreadsheets write it). Pure: the node tests import it.

export const MAX_CSV_ROWS = 500
export const CSV_COLUMNS = ['label', 'placement', 'branch', 'target_url'] as const
type Column = (typeof CSV_COLUMNS)[number]

/** One data row as typed; `row` counts the header as row 1, as a spreadsheet does. */
export interface PlacementRow {
  row: number
  label: string
  placement: string | null
  branch: string | null
  targetUrl: string | null
}

export interface RowIssue {
  row: number
  column: Column | null
  message: string
}

/** Records of a CSV text; throws CsvError for a quote left open or text after a closing quote. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  let fieldWasQuoted = false
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const endField = () => {
    record.push(field)
    field = ''
    fieldWasQuoted = false
  }
  const strayText = () =>
    new CsvError([
      {
        row: records.length + 1,
        column: null,
        message: 'Text follows a closing quote; write "" for a quote inside a quoted field',
      },
    ])
  const endRecord = () => {
    endField()
    // A blank line is no record (a trailing newline, or spacing in a hand-written file).
    if (record.length > 1 || record[0] !== '') records.push(record)
    record = []
  }
  for (; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch !== '"') field += ch
      else if (text[i + 1] === '"') {
        field += '"'
        i++
      } else quoted = false
    } else if (ch === '"' && field === '' && !fieldWasQuoted) {
      quoted = true
      fieldWasQuoted = true
    } else if (ch === ',') endField()
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      endRecord()
    } else if (fieldWasQuoted) throw strayText()
    else field += ch
  }
  if (quoted)
    throw new CsvError([{ row: records.length + 1, column: null, message: 'A quoted field is never closed' }])
  if (field !== '' || fieldWasQuoted || record.length > 0) endRecord()
  return records
}

export class CsvError extends Error {
  readonly issues: RowIssue[]
  constructor(issues: RowIssue[]) {
    super(issues.map(describeIssue).join('; '))
    this.name = 'CsvError'
    this.issues = issues
  }
}

export const describeIssue = (issue: RowIssue) =>
  `Row ${issue.row}${issue.column ? ` (${issue.column})` : ''}: ${issue.message}`

const LIMITS: Record<Column, number> = { label: 120, placement: 80, branch: 64, target_url: 2000 }

/**
 * The placement rows of a CSV whose header names the columns (any order, any case; `label` is
 * required, the others optional), and every problem found in them, each with its row, so an
 * owner can fix the file in one pass. A file that cannot be read as rows at all (empty, a bad
 * header, a quote left open, too many rows) throws CsvError.
 */
export function readPlacementCsv(text: string): { rows: PlacementRow[]; issues: RowIssue[] } {
  const [header, ...records] = parseCsv(text)
  if (!header) throw new CsvError([{ row: 1, column: null, message: 'The file is empty' }])
  const columns = readHeader(header)
  if (records.length === 0)
    throw new CsvError([{ row: 2, column: null, message: 'There are no rows below the header' }])
  if (records.length > MAX_CSV_ROWS) {
    throw new CsvError([
      {
        row: MAX_CSV_ROWS + 2,
        column: null,
        message: `At most ${MAX_CSV_ROWS} rows fit in one batch; split the file`,
      },
    ])
  }
  const issues: RowIssue[] = []
  const rows = records.map((record, index) => readRow(record, index + 2, columns, header.length, issues))
  return { rows, issues }
}

function readHeader(header: string[]): Map<Column, number> {
  const columns = new Map<Column, number>()
  const issues: RowIssue[] = []
  header.forEach((raw, index) => {
    const name = raw.trim().toLowerCase().replaceAll(' ', '_')
    if (!(CSV_COLUMNS as readonly string[]).includes(name)) {
      issues.push({
        row: 1,
        column: null,
        message: `Unknown column "${raw.trim()}"; use ${CSV_COLUMNS.join(', ')}`,
      })
    } else if (columns.has(name as Column)) {
      issues.push({ row: 1, column: name as Column, message: 'This column appears twice' })
    } else columns.set(name as Column, index)
  })
  if (!columns.has('label'))
    issues.push({ row: 1, column: 'label', message: 'The header needs a label column' })
  if (issues.length > 0) throw new CsvError(issues)
  return columns
}

function readRow(
  record: string[],
  row: number,
  columns: Map<Column, number>,
  width: number,
  issues: RowIssue[],
): PlacementRow {
  if (record.length !== width) {
    issues.push({ row, column: null, message: `Has ${record.length} fields; the header has ${width}` })
  }
  const value = (column: Column): string | null => {
    const index = columns.get(column)
    const text = index === undefined ? '' : (record[index] ?? '').trim()
    if (text.length > LIMITS[column]) {
      issues.push({ row, column, message: `Longer than ${LIMITS[column]} characters` })
    }
    return text === '' ? null : text
  }
  const label = value('label')
  if (!label) issues.push({ row, column: 'label', message: 'A label is required' })
  return {
    row,
    label: label ?? '',
    placement: value('placement'),
    branch: value('branch'),
    targetUrl: value('target_url'),
  }
}
