import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { createTestTenant, type TestTenant } from '../../helpers/tenant.ts'
import { at, deliver, insertBranch, insertCode, scanOf } from './scans-helpers.ts'

const HEADER = [
  'scan_id',
  'scanned_at',
  'day',
  'qr_code_id',
  'code',
  'label',
  'placement',
  'brand_id',
  'branch_id',
  'country',
  'region',
  'city',
  'device_type',
  'os',
  'browser',
  'referrer_host',
  'language',
  'is_bot',
  'rule_index',
]

/** The export as bytes: `Response.text()` would drop the byte order mark this checks for. */
async function download(t: TestTenant, query: string) {
  const res = await SELF.fetch(`http://localhost/api/v1/qr-analytics/export.csv?${query}`, {
    headers: { authorization: `Bearer ${t.token}` },
  })
  const bytes = new Uint8Array(await res.arrayBuffer())
  if (res.status === 200) expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  return { status: res.status, headers: res.headers, text: new TextDecoder().decode(bytes) }
}

/** Rows of our CSV: every cell quoted, "" for a quote inside, CRLF line ends. */
function parseCsv(text: string): Record<string, string>[] {
  const [head, ...lines] = text
    .split('\r\n')
    .filter((line) => line.length > 0)
    .map((line) =>
      line
        .slice(1, -1)
        .split('","')
        .map((cell) => cell.replaceAll('""', '"')),
    )
  expect(head).toEqual(HEADER)
  return lines.map((cells) => Object.fromEntries(HEADER.map((name, i) => [name, cells[i] ?? ''])))
}

describe('raw scans as CSV', () => {
  it('exports one code’s scans in the range, bots marked, no hashes, formulas defused', async () => {
    const t = await createTestTenant()
    const code = await insertCode(t, { label: '=HYPERLINK("http://evil.example")', placement: '+window' })
    const other = await insertCode(t, { label: 'Other' })
    const human = scanOf(code, {
      at: at('2025-03-09', '08:30:00'),
      referrerHost: 'instagram.com',
      ruleIndex: 1,
    })
    const bot = scanOf(code, {
      at: at('2025-03-10'),
      isBot: true,
      deviceType: 'other',
      visitorHash: 'f'.repeat(32),
    })
    const outside = scanOf(code, { at: at('2025-03-13') })
    await deliver('events', [human, bot, outside, scanOf(other, { at: at('2025-03-09') })])

    const res = await download(t, `qrCodeId=${code.id}&from=2025-03-08&to=2025-03-12`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="vitrine-qr-scans-2025-03-08-to-2025-03-12.csv"',
    )
    expect(res.headers.get('x-vitrine-truncated')).toBe('false')
    const text = res.text
    expect(text).not.toContain('a'.repeat(32))
    expect(text).not.toContain('f'.repeat(32))
    expect(text).toContain('"\'=HYPERLINK(""http://evil.example"")"')
    const rows = parseCsv(text)
    expect(rows).toEqual([
      {
        scan_id: human.id,
        scanned_at: '2025-03-09T08:30:00.000Z',
        day: '2025-03-09',
        qr_code_id: code.id,
        code: code.code,
        label: '\'=HYPERLINK("http://evil.example")',
        placement: "'+window",
        brand_id: t.brandId,
        branch_id: t.branchId,
        country: 'PT',
        region: 'Lisbon',
        city: 'Lisbon',
        device_type: 'mobile',
        os: 'iOS',
        browser: 'Safari',
        referrer_host: 'instagram.com',
        language: 'pt',
        is_bot: 'false',
        rule_index: '1',
      },
      expect.objectContaining({ scan_id: bot.id, is_bot: 'true', device_type: 'other', rule_index: '' }),
    ])
  })

  it('exports a branch’s codes only, oldest first', async () => {
    const t = await createTestTenant()
    const harbour = await insertBranch(t)
    const main = await insertCode(t)
    const away = await insertCode(t, { branchId: harbour })
    const late = scanOf(main, { at: at('2025-03-10') })
    const early = scanOf(main, { at: at('2025-03-09') })
    await deliver('events', [late, early, scanOf(away, { at: at('2025-03-09') })])
    const res = await download(t, `branchId=${t.branchId}&from=2025-03-01&to=2025-03-31`)
    expect(res.status).toBe(200)
    expect(parseCsv(res.text).map((r) => r.scan_id)).toEqual([early.id, late.id])
  })

  it('answers only a header when nothing matched, and refuses a bad range', async () => {
    const t = await createTestTenant()
    const empty = await download(t, '')
    expect(empty.status).toBe(200)
    expect(parseCsv(empty.text)).toEqual([])
    const bad = await download(t, 'from=2025-03-10&to=2025-03-01')
    expect(bad.status).toBe(400)
  })
})
