// Print sheets and table tents over HTTP: who may print what, bad input, and PDFs that are
// whole. That every code on every page scans is proven in test/node/qr-pdf*.test.ts (mupdf).
import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { newId } from '../../../worker/lib/ids.ts'
import { DEFAULT_QR_DESIGN } from '../../../worker/modules/qr/design/defaults.ts'
import { createTestTenant, type TestTenant } from '../../helpers/tenant.ts'
import { upload } from '../media/media-files.ts'
import { insertDynamicCode } from './code-fixtures.ts'
import { logoPng } from './design-helpers.ts'

const insertCode = (t: TestTenant, over: Parameters<typeof insertDynamicCode>[1] = {}) =>
  insertDynamicCode(t, { label: 'Table 4 – Café', placement: 'terrace', ...over })

async function fetchPdf(token: string, path: string, body?: unknown) {
  const res = await SELF.fetch(`http://localhost/api/v1${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const bytes = new Uint8Array(await res.arrayBuffer())
  const text = new TextDecoder('latin1').decode(bytes)
  return {
    status: res.status,
    headers: res.headers,
    text,
    json: (res.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : null,
    pages: text.match(/\/Type \/Page /g)?.length ?? 0,
  }
}

const sheet = (t: { token: string }, body: unknown) => fetchPdf(t.token, '/qr-codes/print-sheet', body)
const tent = (t: { token: string }, id: string, query = '') =>
  fetchPdf(t.token, `/qr-codes/${id}/table-tent${query}`)

describe('print sheets', () => {
  it('answers a PDF attachment, perPage codes to an A4 page, counted as one render', async () => {
    const t = await createTestTenant()
    const codes = [await insertCode(t), await insertCode(t), await insertCode(t, { label: 'طاولة ٥' })]
    const res = await sheet(t, { qrCodeIds: codes.map((c) => c.id), paper: 'a4', perPage: 2 })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="qr-print-sheet-a4-2-up.pdf"')
    expect(res.headers.get('ratelimit-remaining')).toBe('9')
    expect(res.text.startsWith('%PDF-1.4')).toBe(true)
    expect(res.text.trimEnd().endsWith('%%EOF')).toBe(true)
    expect(res.pages).toBe(2)
    expect(res.text).toContain('/MediaBox [0 0 595.276 841.89]')
    // Labels are outlines, not fonts a printer may lack.
    expect(res.text).not.toContain('/Font')
  })

  it('prints Letter, repeats a code asked twice and embeds a shared logo once', async () => {
    const t = await createTestTenant()
    const logo = await upload(t.token, { bytes: logoPng(), name: 'logo.png', type: 'image/png' })
    expect(logo.status).toBe(201)
    const design = { ...DEFAULT_QR_DESIGN, logoMediaId: logo.body.id as string }
    const a = await insertCode(t, { design })
    const b = await insertCode(t, { design })
    const res = await sheet(t, {
      qrCodeIds: [a.id, b.id, a.id],
      paper: 'letter',
      perPage: 1,
      cutMarks: false,
      labels: false,
    })
    expect(res.status).toBe(200)
    expect(res.pages).toBe(3)
    expect(res.text).toContain('/MediaBox [0 0 612 792]')
    expect(res.text.match(/\/Subtype \/Image/g)).toHaveLength(1)
  })

  it('refuses bad input with 400', async () => {
    const t = await createTestTenant()
    const { id } = await insertCode(t)
    const bad = [
      { qrCodeIds: [] },
      { qrCodeIds: Array.from({ length: 501 }, () => id) },
      { qrCodeIds: [id], perPage: 5 },
      { qrCodeIds: [id], paper: 'a3' },
      { qrCodeIds: ['not-an-id'] },
      { qrCodeIds: [id], cutMarks: 'yes' },
      { qrCodeIds: [id], extra: true },
    ]
    for (const body of bad) {
      const res = await sheet(t, body)
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400)
      expect(res.json.code).toBe('BAD_REQUEST')
    }
  })

  it("answers 404 for another tenant's code, an archived one, or one outside the member's branches", async () => {
    const t = await createTestTenant()
    const other = await createTestTenant()
    const mine = await insertCode(t)
    const theirs = await insertCode(other)
    const archived = await insertCode(t, { archivedAt: new Date() })
    for (const ids of [[theirs.id], [mine.id, theirs.id], [archived.id]]) {
      const res = await sheet(t, { qrCodeIds: ids })
      expect(res.status).toBe(404)
      expect(res.json.code).toBe('NOT_FOUND')
    }
    // Nothing was rendered, so nothing was counted.
    expect((await sheet(t, { qrCodeIds: [mine.id] })).headers.get('ratelimit-remaining')).toBe('9')

    const scoped = await createTestTenant({ role: 'manager', branchScoped: true })
    const branchCode = await insertCode(scoped)
    const brandLevel = await insertCode(scoped, { branchId: null })
    expect((await sheet(scoped, { qrCodeIds: [branchCode.id] })).status).toBe(200)
    expect((await sheet(scoped, { qrCodeIds: [brandLevel.id] })).status).toBe(404)
  })

  it('lets a viewer print (qr.read)', async () => {
    const t = await createTestTenant({ role: 'viewer' })
    const { id } = await insertCode(t)
    expect((await sheet(t, { qrCodeIds: [id] })).status).toBe(200)
  })
})

describe('table tents', () => {
  it('answers a one-page PDF named for the code, A4 by default, Letter on request', async () => {
    const t = await createTestTenant()
    const qr = await insertCode(t)
    const res = await tent(t, qr.id, `?headline=${encodeURIComponent('امسح لقائمة الطعام')}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="qr-tent-table-4-cafe-${qr.code}.pdf"`,
    )
    expect(res.headers.get('ratelimit-remaining')).toBe('9')
    expect(res.pages).toBe(1)
    expect(res.text).toContain('/MediaBox [0 0 595.276 841.89]')
    const letter = await tent(t, qr.id, '?paper=letter')
    expect(letter.status).toBe(200)
    expect(letter.text).toContain('/MediaBox [0 0 612 792]')
  })

  it('refuses a bad paper or headline with 400', async () => {
    const t = await createTestTenant()
    const qr = await insertCode(t)
    expect((await tent(t, qr.id, '?paper=a3')).status).toBe(400)
    expect((await tent(t, qr.id, `?headline=${'x'.repeat(61)}`)).status).toBe(400)
  })

  it("answers 404 for another tenant's code and for unknown ids", async () => {
    const t = await createTestTenant()
    const other = await createTestTenant()
    const theirs = await insertCode(other)
    expect((await tent(t, theirs.id)).status).toBe(404)
    expect((await tent(t, newId('qrCode'))).status).toBe(404)
  })
})
