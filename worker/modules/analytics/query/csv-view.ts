/**
 * Any analytics view as a CSV download: the same rows and values as its JSON (numbers as JSON
 * writes them, '' for null), a header row, UTF-8 with a byte order mark so spreadsheets keep
 * accented names, and cells a spreadsheet would run as formulas defused (lib/csv.ts).
 */
import type { Context } from 'hono'
import { csvRow } from '../../../lib/csv.ts'

export type CsvValue = string | number | null

export interface CsvView {
  /** Names the file: analytics-<view>-<from>-<to>.csv. Letters, digits and dashes. */
  view: string
  period: { from: string; to: string }
  header: readonly string[]
  rows: readonly (readonly CsvValue[])[]
}

const cell = (value: CsvValue) => (value === null ? '' : String(value))

export function csvViewBody(view: CsvView): string {
  const lines = view.rows.map((row) => csvRow(row.map(cell)))
  return `\uFEFF${csvRow(view.header)}${lines.join('')}`
}

export function csvViewResponse(c: Context, view: CsvView): Response {
  const name = `analytics-${view.view.replace(/[^\w-]+/g, '-')}-${view.period.from}-${view.period.to}.csv`
  return c.body(csvViewBody(view), 200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${name}"`,
  })
}
