// The Excel writer: the package parts a spreadsheet needs, cells where they belong with their
// styles, text escaped, and names Excel accepts.
import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { columnName, excelDay, xlsxWorkbook, xmlText } from '../../../../worker/lib/xlsx.ts'

const read = (bytes: Uint8Array) => {
  const files = unzipSync(bytes)
  return { names: Object.keys(files), text: (name: string) => new TextDecoder().decode(files[name]) }
}

describe('xlsxWorkbook', () => {
  it('writes the minimal SpreadsheetML package with one worksheet per sheet', () => {
    const book = read(
      xlsxWorkbook([
        { name: 'First', columns: [{ header: 'A' }], rows: [['x']] },
        { name: 'Second', columns: [{ header: 'B' }], rows: [] },
      ]),
    )
    expect(book.names.sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ])
    const types = book.text('[Content_Types].xml')
    expect(types).toContain(
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
    )
    expect(types).toContain('<Override PartName="/xl/worksheets/sheet2.xml"')
    expect(book.text('_rels/.rels')).toContain('Target="xl/workbook.xml"')
    const rels = book.text('xl/_rels/workbook.xml.rels')
    expect(rels).toContain(
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>',
    )
    expect(rels).toContain(
      'Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"',
    )
    expect(book.text('xl/workbook.xml')).toContain(
      '<sheets><sheet name="First" sheetId="1" r:id="rId1"/><sheet name="Second" sheetId="2" r:id="rId2"/></sheets>',
    )
    expect(book.text('xl/styles.xml')).toContain('<cellXfs count="6">')
  })

  it('puts each value in its cell with the column style, and escapes text', () => {
    const sheet = read(
      xlsxWorkbook([
        {
          name: 'Deals',
          columns: [
            { header: 'Day', format: 'date' },
            { header: 'Name' },
            { header: 'Count', format: 'integer' },
            { header: 'Amount', format: 'decimal' },
            { header: 'Rate', format: 'percent' },
          ],
          rows: [
            ['2026-01-01', 'Tom & <Jerry> "quoted"\u0007', 3, 1234.5, 0.25],
            [null, '=SUM(A1:A2)', Number.NaN, undefined, 1],
          ],
        },
      ]),
    ).text('xl/worksheets/sheet1.xml')
    expect(sheet).toContain('<c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">Day</t></is></c>')
    expect(sheet).toContain('<c r="A2" s="5"><v>46023</v></c>')
    expect(sheet).toContain(
      '<c r="B2" t="inlineStr"><is><t xml:space="preserve">Tom &amp; &lt;Jerry&gt; &quot;quoted&quot;</t></is></c>',
    )
    expect(sheet).toContain(
      '<c r="C2" s="2"><v>3</v></c><c r="D2" s="3"><v>1234.5</v></c><c r="E2" s="4"><v>0.25</v></c>',
    )
    // A formula-looking string stays text; empty and non-finite cells are left out.
    expect(sheet).toContain(
      '<row r="3"><c r="B3" t="inlineStr"><is><t xml:space="preserve">=SUM(A1:A2)</t></is></c><c r="E3" s="4"><v>1</v></c></row>',
    )
    expect(sheet).not.toContain('<f>')
    expect(sheet).toContain('<dimension ref="A1:E3"/>')
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>')
  })

  it('makes sheet names Excel accepts: no reserved characters, at most 31, unique', () => {
    const workbook = read(
      xlsxWorkbook([
        { name: 'Won / lost: [2025]?', columns: [{ header: 'A' }], rows: [] },
        { name: 'A very long sheet name that goes on and on', columns: [{ header: 'A' }], rows: [] },
        { name: 'a very long sheet name that goes on and on', columns: [{ header: 'A' }], rows: [] },
      ]),
    ).text('xl/workbook.xml')
    const names = [...workbook.matchAll(/name="([^"]*)"/g)].map((m) => m[1])
    expect(names).toEqual([
      'Won lost 2025',
      'A very long sheet name that goe',
      'a very long sheet name that g 2',
    ])
    for (const name of names) expect(name?.length).toBeLessThanOrEqual(31)
  })

  it('names columns and days as Excel does', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA'])
    expect(excelDay('1900-03-01')).toBe(61)
    expect(excelDay('2025-01-01')).toBe(45658)
    expect(excelDay(new Date('2025-01-01T12:00:00Z'))).toBe(45658.5)
    expect(xmlText('a\u0000b\uD800c')).toBe('abc')
  })
})
