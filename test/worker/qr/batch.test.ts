// Bulk batches end to end: request, the exports-queue job, progress, and a ZIP whose codes scan.
import { describe, expect, it } from 'vitest'
import { createTestTenant, type TestTenant } from '../../helpers/tenant.ts'
import { addBranch, countRows, csvCells, downloadZip, waitForBatch } from './batch-helpers.ts'
import { readPng } from './design-helpers.ts'

const ORIGIN = 'http://localhost:8787'
const shortLink = (code: string) => `${ORIGIN}/q/${code}`

interface Code {
  id: string
  code: string
  label: string
  placement: string | null
  branchId: string | null
  target: { type: string; url?: string; branchId?: string }
}

const listCodes = async (t: TestTenant) => (await t.get('/api/v1/qr-codes')).body.data as Code[]
const pdfPages = (bytes: Uint8Array | undefined) =>
  Number(new TextDecoder('latin1').decode(bytes).match(/\/Type \/Pages[^>]*\/Count (\d+)/)?.[1])

describe('a batch for every branch of a brand', () => {
  it('reuses a front door, makes the rest, reports progress and zips codes that scan', async () => {
    const t = await createTestTenant()
    await addBranch(t, 'harbour', 'Harbour')
    await addBranch(t, 'old-town', 'Old Town')
    const existing = await t.post('/api/v1/qr-codes', {
      kind: 'dynamic',
      label: 'Main door',
      target: { type: 'microsite', branchId: t.branchId },
    })
    expect(existing.status).toBe(201)

    const res = await t.post('/api/v1/qr-batches', {
      source: 'brand',
      brandId: t.brandId,
      formats: ['svg', 'png', 'pdf'],
      sheet: { paper: 'a4', perPage: 4 },
      tents: true,
    })
    expect(res.status).toBe(202)
    expect(res.body).toMatchObject({
      source: 'brand',
      brandId: t.brandId,
      status: 'queued',
      total: 3,
      done: 0,
    })
    expect(res.body.downloadUrl).toBeNull()
    expect(res.headers.get('ratelimit-limit')).toBe('10')

    const { batch, seen } = await waitForBatch(t, res.body.id)
    expect(batch).toMatchObject({ status: 'done', total: 3, done: 3, error: null })
    expect(seen.at(-1)).toBe(3)
    expect(seen).toEqual([...seen].sort((a, b) => a - b))
    expect(batch.downloadUrl).toBe(`/api/v1/qr-batches/${batch.id}/download`)
    const ttl = Date.parse(batch.expiresAt) - Date.parse(batch.finishedAt)
    expect(ttl).toBe(7 * 24 * 60 * 60 * 1000)

    const codes = await listCodes(t)
    expect(codes).toHaveLength(3)
    expect(codes.map((c) => c.label).sort()).toEqual([
      'Harbour front door',
      'Main door',
      'Old Town front door',
    ])
    expect(codes.find((c) => c.label === 'Harbour front door')).toMatchObject({
      placement: 'front door',
      target: { type: 'microsite' },
    })

    const { res: download, files, text } = await downloadZip(t, batch.downloadUrl)
    expect(download.headers.get('content-type')).toBe('application/zip')
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="qr-codes-${batch.id}.zip"`,
    )
    expect(Number(download.headers.get('content-length'))).toBe(batch.archiveBytes)
    const names = Object.keys(files).sort()
    expect(names).toHaveLength(3 * 3 + 3)
    for (const c of codes)
      for (const f of ['svg', 'png', 'pdf'])
        expect(names.filter((n) => new RegExp(`^${f}/qr-[a-z0-9-]+-${c.code}\\.${f}$`).test(n))).toHaveLength(
          1,
        )
    expect(names).toEqual(expect.arrayContaining(['codes.csv', 'print-sheet.pdf', 'table-tents.pdf']))

    const pngs = names.filter((n) => n.startsWith('png/'))
    expect(pngs).toHaveLength(3)
    const decoded = pngs.map((name) => readPng(files[name]!))
    expect(decoded.sort()).toEqual(codes.map((c) => shortLink(c.code)).sort())
    for (const name of names.filter((n) => n.startsWith('svg/'))) expect(text(name)).toMatch(/^<svg|^<\?xml/)
    for (const name of names.filter((n) => n.endsWith('.pdf')))
      expect(text(name).startsWith('%PDF-')).toBe(true)
    expect(pdfPages(files['print-sheet.pdf'])).toBe(1)
    expect(pdfPages(files['table-tents.pdf'])).toBe(3)

    const [header, ...rows] = csvCells(text('codes.csv'))
    expect(header).toEqual(['label', 'placement', 'branch', 'short_url'])
    expect(rows).toContainEqual([
      'Harbour front door',
      'front door',
      'Harbour',
      shortLink(codes.find((c) => c.label === 'Harbour front door')!.code),
    ])
    expect(rows).toContainEqual([
      'Main door',
      '',
      'Main Street',
      shortLink(codes.find((c) => c.label === 'Main door')!.code),
    ])
  })

  it('makes no new codes when every branch has its front door, and needs none of the plan', async () => {
    const t = await createTestTenant()
    await t.post('/api/v1/qr-codes', {
      kind: 'dynamic',
      label: 'Door',
      target: { type: 'microsite', branchId: t.branchId },
    })
    const res = await t.post('/api/v1/qr-batches', { source: 'brand', brandId: t.brandId, formats: ['svg'] })
    expect(res.status).toBe(202)
    const { batch } = await waitForBatch(t, res.body.id)
    expect(batch).toMatchObject({ status: 'done', total: 1, done: 1 })
    expect(await countRows('qr_codes', t.tenantId)).toBe(1)
    const { files } = await downloadZip(t, batch.downloadUrl)
    expect(Object.keys(files).sort()).toEqual([
      'codes.csv',
      expect.stringMatching(/^svg\/qr-door-\w{8}\.svg$/),
    ])
  })
})

describe('a batch from a CSV of placements', () => {
  it('creates a code per row with its placement, branch and target', async () => {
    const t = await createTestTenant()
    const csv =
      '\uFEFFlabel,placement,branch,target_url\r\n' +
      '"Table 4, window",table 4,main-street,\r\n' +
      'Spring flyer,"flyer ""spring""",,https://example.com/menu\r\n'
    const res = await t.post('/api/v1/qr-batches', { source: 'csv', csv, formats: ['png'] })
    expect(res.status).toBe(202)
    expect(res.body).toMatchObject({ source: 'csv', brandId: null, total: 2 })
    const { batch } = await waitForBatch(t, res.body.id)
    expect(batch).toMatchObject({ status: 'done', done: 2 })

    const codes = await listCodes(t)
    const table = codes.find((c) => c.label === 'Table 4, window')
    const flyer = codes.find((c) => c.label === 'Spring flyer')
    expect(table).toMatchObject({
      placement: 'table 4',
      branchId: t.branchId,
      target: { type: 'microsite', branchId: t.branchId },
    })
    expect(flyer).toMatchObject({
      placement: 'flyer "spring"',
      branchId: null,
      target: { type: 'url', url: 'https://example.com/menu' },
    })

    const { files, text } = await downloadZip(t, batch.downloadUrl)
    const pngs = Object.keys(files).filter((n) => n.startsWith('png/'))
    expect(pngs.map((n) => readPng(files[n]!)).sort()).toEqual(
      [shortLink(table!.code), shortLink(flyer!.code)].sort(),
    )
    expect(text('codes.csv')).toContain(
      `"Table 4, window","table 4","Main Street","${shortLink(table!.code)}"`,
    )
    expect(text('codes.csv')).toContain(`"Spring flyer","flyer ""spring""","","${shortLink(flyer!.code)}"`)
  })
})
