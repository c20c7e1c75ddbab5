import { csvRow } from '../../../lib/csv.ts'
import { XLSX_CONTENT_TYPE, type XlsxFormat, xlsxWorkbook } from '../../../lib/xlsx.ts'

/** How a column's values read: money is in major units (125.5), rates are fractions. */
export type ColumnKind = 'text' | 'date' | 'integer' | 'money' | 'percent' | 'decimal'

export interface ReportColumn {
  header: string
  kind: ColumnKind
}

export type ReportCell = string | number | null

/** One table of a report, as a CSV file or a worksheet shows it. */
export interface ReportTable {
  name: string
  columns: ReportColumn[]
  rows: ReportCell[][]
}

export interface ReportFile {
  body: string | Uint8Array<ArrayBuffer>
  headers: Record<string, string>
}

const XLSX_FORMAT: Record<ColumnKind, XlsxFormat> = {
  text: 'text',
  date: 'date',
  integer: 'integer',
  money: 'decimal',
  percent: 'percent',
  decimal: 'decimal',
}

function csvValue(value: ReportCell, kind: ColumnKind): string {
  if (value === null) return ''
  if (typeof value === 'string') return value
  // Spreadsheets read "40.0%" as the number 0.4 shown as a percentage.
  if (kind === 'percent') return `${(value * 100).toFixed(1)}%`
  return String(value)
}

const disposition = (filename: string) => `attachment; filename="${filename}"`

/**
 * The first table as CSV (UTF-8 with a byte order mark, so Excel keeps accents; formula-like
 * text made inert by csvRow). Reports are aggregates, a few hundred lines at most, so the
 * file is built whole.
 */
export function reportCsv(tables: readonly ReportTable[], basename: string): ReportFile {
  const [table] = tables
  if (!table) throw new Error('A report export needs a table')
  const lines = table.rows.map((row) =>
    csvRow(row.map((cell, i) => csvValue(cell, table.columns[i]?.kind ?? 'text'))),
  )
  return {
    body: `\uFEFF${csvRow(table.columns.map((c) => c.header))}${lines.join('')}`,
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': disposition(`${basename}.csv`),
    },
  }
}

/** Every table as a worksheet of one workbook, with the header row bold and frozen. */
export function reportXlsx(tables: readonly ReportTable[], basename: string): ReportFile {
  const bytes = xlsxWorkbook(
    tables.map((table) => ({
      name: table.name,
      columns: table.columns.map((c) => ({ header: c.header, format: XLSX_FORMAT[c.kind] })),
      rows: table.rows,
    })),
  )
  return {
    body: bytes,
    headers: { 'content-type': XLSX_CONTENT_TYPE, 'content-disposition': disposition(`${basename}.xlsx`) },
  }
}
