import { strToU8, zipSync } from 'fflate'

/**
 * A small Excel writer: the minimal SpreadsheetML package of ECMA-376 Part 1 (content types,
 * package and workbook relationships, workbook, one worksheet per sheet, styles), zipped.
 * Strings are written inline (`t="inlineStr"`), so no shared-string table is needed; an inline
 * string is never a formula, so text others chose cannot run in the reader's spreadsheet.
 */

/** How a column's numbers are shown; text columns hold strings. */
export type XlsxFormat = 'text' | 'integer' | 'decimal' | 'percent' | 'date'

export interface XlsxColumn {
  header: string
  format?: XlsxFormat
  /** Width in characters; by default from the header and the longest value. */
  width?: number
}

/** A string, a number, a day (`YYYY-MM-DD` in a date column, or a Date), or an empty cell. */
export type XlsxCell = string | number | Date | null | undefined

export interface XlsxSheet {
  /** Up to 31 characters; characters Excel refuses in sheet names are replaced. */
  name: string
  columns: readonly XlsxColumn[]
  rows: readonly (readonly XlsxCell[])[]
}

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships'
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
// Excel's limit for one cell's text.
const MAX_CELL_CHARS = 32_767
const DAY_MS = 86_400_000
// Day 0 of Excel's 1900 date system as it counts (it keeps Lotus's phantom 29 February 1900).
const EXCEL_EPOCH = Date.UTC(1899, 11, 30)

// Index into cellXfs in styles.xml below.
const STYLE = { text: 0, header: 1, integer: 2, decimal: 3, percent: 4, date: 5 } as const

/** Builds the .xlsx file. */
export function xlsxWorkbook(sheets: readonly XlsxSheet[]): Uint8Array<ArrayBuffer> {
  if (sheets.length === 0) throw new Error('A workbook needs at least one sheet')
  const names = uniqueSheetNames(sheets.map((s) => s.name))
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(contentTypes(sheets.length)),
    '_rels/.rels': strToU8(packageRels()),
    'xl/workbook.xml': strToU8(workbook(names)),
    'xl/_rels/workbook.xml.rels': strToU8(workbookRels(sheets.length)),
    'xl/styles.xml': strToU8(STYLES),
  }
  sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(worksheet(sheet))
  })
  // fflate allocates a plain ArrayBuffer (never a shared one); its types just do not say so.
  return zipSync(files, { level: 6 }) as Uint8Array<ArrayBuffer>
}

/** Text safe inside an XML element or attribute: escaped, and without characters XML 1.0 forbids. */
export function xmlText(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
}

/** A1-style column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name
  }
  return name
}

/** The serial number Excel stores for a day (`YYYY-MM-DD` or a Date, read in UTC). */
export function excelDay(day: string | Date): number | null {
  const time = typeof day === 'string' ? Date.parse(`${day.slice(0, 10)}T00:00:00Z`) : day.getTime()
  if (Number.isNaN(time)) return null
  return (time - EXCEL_EPOCH) / DAY_MS
}

function uniqueSheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>()
  return names.map((raw, i) => {
    const base =
      raw
        .replace(/[[\]:*?/\\]/g, ' ')
        .replace(/\s+/g, ' ')
        .replace(/^'+|'+$/g, '')
        .trim()
        .slice(0, 31) || `Sheet${i + 1}`
    let name = base
    for (let n = 2; taken.has(name.toLowerCase()); n++)
      name = `${base.slice(0, 31 - `${n}`.length - 1).trimEnd()} ${n}`
    taken.add(name.toLowerCase())
    return name
  })
}

function contentTypes(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join('')
  return `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`
}

const packageRels = () =>
  `${DECLARATION}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`

function workbook(names: readonly string[]): string {
  const sheets = names
    .map((name, i) => `<sheet name="${xmlText(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('')
  return `${DECLARATION}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets>${sheets}</sheets></workbook>`
}

function workbookRels(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  ).join('')
  return `${DECLARATION}<Relationships xmlns="${PKG_REL_NS}">${sheets}<Relationship Id="rId${sheetCount + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`
}

// Fonts: regular, bold. Number formats: 3 and 10 are built in (#,##0 and 0.00%); 164 and 165 are ours.
// cellXfs follow STYLE: text, header (bold), integer, decimal, percent, date.
const STYLES = `${DECLARATION}<styleSheet xmlns="${MAIN_NS}"><numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0.00"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`

const inlineString = (ref: string, text: string, style: number) =>
  `<c r="${ref}"${style ? ` s="${style}"` : ''} t="inlineStr"><is><t xml:space="preserve">${xmlText(text.slice(0, MAX_CELL_CHARS))}</t></is></c>`

function cellXml(ref: string, value: XlsxCell, format: XlsxFormat): string {
  if (value === null || value === undefined || value === '') return ''
  if (format === 'date' && (value instanceof Date || /^\d{4}-\d{2}-\d{2}/.test(String(value)))) {
    const serial = excelDay(value instanceof Date ? value : String(value))
    if (serial !== null) return `<c r="${ref}" s="${STYLE.date}"><v>${serial}</v></c>`
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return ''
    const style = format === 'text' || format === 'date' ? 0 : STYLE[format]
    return `<c r="${ref}"${style ? ` s="${style}"` : ''}><v>${value}</v></c>`
  }
  return inlineString(ref, value instanceof Date ? value.toISOString() : value, 0)
}

const cellLength = (value: XlsxCell) =>
  value === null || value === undefined ? 0 : value instanceof Date ? 10 : String(value).length

function widths(sheet: XlsxSheet): number[] {
  return sheet.columns.map((column, c) => {
    if (column.width) return column.width
    let longest = column.header.length
    for (const row of sheet.rows) longest = Math.max(longest, cellLength(row[c]))
    return Math.min(60, Math.max(8, longest + 2))
  })
}

function worksheet(sheet: XlsxSheet): string {
  const widthsXml = widths(sheet)
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join('')
  // <cols> must hold at least one <col>.
  const cols = widthsXml ? `<cols>${widthsXml}</cols>` : ''
  const header = `<row r="1">${sheet.columns.map((col, c) => inlineString(`${columnName(c)}1`, col.header, STYLE.header)).join('')}</row>`
  const body = sheet.rows
    .map((row, r) => {
      const cells = sheet.columns
        .map((col, c) => cellXml(`${columnName(c)}${r + 2}`, row[c], col.format ?? 'text'))
        .join('')
      return `<row r="${r + 2}">${cells}</row>`
    })
    .join('')
  const last = `${columnName(Math.max(0, sheet.columns.length - 1))}${sheet.rows.length + 1}`
  // The header row stays in view while scrolling (a frozen pane under row 1).
  const views =
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
  return `${DECLARATION}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><dimension ref="A1:${last}"/>${views}<sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>${header}${body}</sheetData></worksheet>`
}
