/**
 * CSV for spreadsheets. Exports hold text others chose (names, labels, user agents, metadata),
 * and a spreadsheet runs a cell starting with = + - @ (or a tab or carriage return) as a
 * formula, so such cells get a leading apostrophe (OWASP "CSV injection"). Every cell is quoted.
 */
const FORMULA_START = /^[=+\-@\t\r]/

export function csvCell(value: string | null | undefined): string {
  const text = value ?? ''
  const safe = FORMULA_START.test(text) ? `'${text}` : text
  return `"${safe.replaceAll('"', '""')}"`
}

/** One line, CRLF-terminated as RFC 4180 asks. */
export const csvRow = (cells: readonly (string | null | undefined)[]): string =>
  `${cells.map(csvCell).join(',')}\r\n`
