import { describe, expect, it } from 'vitest'
import { CsvError, MAX_CSV_ROWS, parseCsv, readPlacementCsv } from '../../worker/modules/qr/batches/csv.ts'

/** The problems found: the file's (thrown) or its rows' (returned). */
function issuesOf(text: string) {
  try {
    return readPlacementCsv(text).issues
  } catch (error) {
    if (error instanceof CsvError) return error.issues
    throw error
  }
}

describe('parseCsv', () => {
  it('reads quoted fields with commas, escaped quotes and line breaks', () => {
    const text = 'a,b,c\n"x, y","say ""hi""","two\nlines"\n'
    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'two\nlines'],
    ])
  })

  it('accepts CRLF, lone CR, a byte order mark and no final newline', () => {
    expect(parseCsv('\uFEFFa,b\r\n1,2\r3,4')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ])
  })

  it('keeps empty fields, including quoted empty ones, and skips blank lines', () => {
    expect(parseCsv('a,,c\n\n"",x,\n\r\n')).toEqual([
      ['a', '', 'c'],
      ['', 'x', ''],
    ])
  })

  it('refuses a quote that is never closed, naming the row', () => {
    expect(() => parseCsv('a,b\n1,"open\n2,3\n')).toThrowError(CsvError)
    try {
      parseCsv('a,b\n1,2\n3,"open')
    } catch (error) {
      expect((error as CsvError).issues).toEqual([
        { row: 3, column: null, message: expect.stringMatching(/never closed/) },
      ])
    }
  })

  it('refuses text after a closing quote', () => {
    expect(() => parseCsv('a\n"x"y\n')).toThrowError(/closing quote/)
  })
})

describe('readPlacementCsv', () => {
  it('maps columns by name in any order and case, trimming values', () => {
    const { rows, issues } = readPlacementCsv(
      '\uFEFFTarget_URL,Label,Branch,Placement\r\n' +
        'https://example.com/menu, Table 4 ,main-street,"Table 4, window side"\r\n' +
        ',Counter,bra_X,\r\n',
    )
    expect(rows).toEqual([
      {
        row: 2,
        label: 'Table 4',
        placement: 'Table 4, window side',
        branch: 'main-street',
        targetUrl: 'https://example.com/menu',
      },
      { row: 3, label: 'Counter', placement: null, branch: 'bra_X', targetUrl: null },
    ])
    expect(issues).toEqual([])
  })

  it('needs only the label column', () => {
    expect(readPlacementCsv('label\nFlyer\n').rows).toEqual([
      { row: 2, label: 'Flyer', placement: null, branch: null, targetUrl: null },
    ])
  })

  it('returns every row problem with its spreadsheet row number', () => {
    const issues = issuesOf(
      'label,placement,branch,target_url\n' +
        'Ok,table 1,main,\n' +
        ',table 2,main,\n' +
        `Long,${'p'.repeat(81)},main,\n` +
        'Short,row\n',
    )
    expect(issues).toEqual([
      { row: 3, column: 'label', message: 'A label is required' },
      { row: 4, column: 'placement', message: 'Longer than 80 characters' },
      { row: 5, column: null, message: 'Has 2 fields; the header has 4' },
    ])
  })

  it('refuses unknown or repeated columns and a header without label', () => {
    expect(issuesOf('label,targeturl\nA,b\n')).toEqual([
      { row: 1, column: null, message: expect.stringMatching(/Unknown column "targeturl"/) },
    ])
    expect(issuesOf('label,branch,Branch\nA,b,c\n')).toEqual([
      { row: 1, column: 'branch', message: 'This column appears twice' },
    ])
    expect(issuesOf('placement\nA\n')).toEqual([
      { row: 1, column: 'label', message: 'The header needs a label column' },
    ])
  })

  it('refuses an empty file, a header alone, and more rows than a batch holds', () => {
    expect(issuesOf('')[0]?.message).toBe('The file is empty')
    expect(issuesOf('label\n')[0]?.message).toBe('There are no rows below the header')
    const many = `label\n${Array.from({ length: MAX_CSV_ROWS + 1 }, (_, i) => `Code ${i}`).join('\n')}`
    expect(issuesOf(many)[0]?.message).toMatch(/At most 500 rows/)
    const full = `label\n${Array.from({ length: MAX_CSV_ROWS }, (_, i) => `C${i}`).join('\n')}`
    expect(readPlacementCsv(full).rows).toHaveLength(MAX_CSV_ROWS)
  })
})
