import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { DEFAULT_QR_DESIGN, designFromBrand } from '../../../worker/modules/qr/design/defaults.ts'
import { createTestTenant, type TestTenant } from '../../helpers/tenant.ts'
import { png, upload } from '../media/media-files.ts'
import { insertDynamicCode } from './code-fixtures.ts'
import { decodePng, logoPng, readPng, readSvg } from './design-helpers.ts'

const MB = 1024 * 1024

async function download(t: { token: string }, qrCodeId: string, query = '') {
  const res = await SELF.fetch(`http://localhost/api/v1/qr-codes/${qrCodeId}/download${query}`, {
    headers: { authorization: `Bearer ${t.token}` },
  })
  const type = res.headers.get('content-type') ?? ''
  const bytes = new Uint8Array(await res.arrayBuffer())
  const json = type.includes('json') ? JSON.parse(new TextDecoder().decode(bytes)) : null
  return {
    status: res.status,
    headers: res.headers,
    bytes,
    text: () => new TextDecoder().decode(bytes),
    json,
  }
}

async function uploadLogo(t: TestTenant, bytes = logoPng(), type = 'image/png', name = 'logo.png') {
  const res = await upload(t.token, { bytes, name, type })
  expect(res.status).toBe(201)
  return res.body.id as string
}

describe('downloading a code', () => {
  it('answers SVG by default, as an attachment named for the label and code, and it scans', async () => {
    const t = await createTestTenant()
    const qr = await insertDynamicCode(t)
    const res = await download(t, qr.id)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/svg+xml')
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="qr-front-door-cafe-${qr.code}.svg"`,
    )
    expect(res.headers.get('ratelimit-limit')).toBe('10')
    expect(res.headers.get('ratelimit-remaining')).toBe('9')
    expect(res.text()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/)
    expect(res.text()).toContain('<title>Front door – Café</title>')
    expect(await readSvg(res.text())).toBe(qr.url)
  })

  it('answers a PNG of the asked size and DPI that scans', async () => {
    const t = await createTestTenant()
    const qr = await insertDynamicCode(t, {
      design: { ...DEFAULT_QR_DESIGN, moduleStyle: 'dots', eyeStyle: 'circle' },
    })
    const res = await download(t, qr.id, '?format=png&size=512&dpi=300')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="qr-front-door-cafe-${qr.code}.png"`,
    )
    const decoded = decodePng(res.bytes)
    expect([decoded.width, decoded.height]).toEqual([512, 512])
    expect(decoded.resolution?.x).toBe(Math.round(300 / 0.0254))
    expect(readPng(res.bytes)).toBe(qr.url)
  })

  it('answers a PDF', async () => {
    const t = await createTestTenant()
    const qr = await insertDynamicCode(t)
    const res = await download(t, qr.id, '?format=pdf&sizeMm=80')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="qr-front-door-cafe-${qr.code}.pdf"`,
    )
    expect(res.text().startsWith('%PDF-')).toBe(true)
  })

  it('draws an uploaded logo in brand colours, in SVG and PNG, and both scan', async () => {
    const t = await createTestTenant()
    const logoMediaId = await uploadLogo(t)
    const design = {
      ...designFromBrand({ primary: '#e4002b', background: '#fdf6e3' }),
      moduleStyle: 'classy' as const,
      eyeColor: '#1d4ed8',
      logoMediaId,
      logoScale: 0.3,
      frame: { style: 'box' as const, text: 'Scan for menu', color: '#e4002b', textColor: '#ffffff' },
    }
    const qr = await insertDynamicCode(t, { design, label: 'Table 4' })
    const svg = await download(t, qr.id, '?format=svg')
    expect(svg.status).toBe(200)
    expect(svg.text()).toContain('xlink:href="data:image/png;base64,')
    expect(await readSvg(svg.text())).toBe(qr.url)
    const png = await download(t, qr.id, '?format=png&size=1024')
    expect(png.headers.get('content-disposition')).toBe(`attachment; filename="qr-table-4-${qr.code}.png"`)
    expect(readPng(png.bytes)).toBe(qr.url)
  })

  it('encodes a static code’s content', async () => {
    const t = await createTestTenant()
    const qr = await insertDynamicCode(t, {
      kind: 'text',
      target: null,
      payload: { type: 'text', text: 'Wi-Fi: ask at the counter' },
      label: 'مرحبا',
    })
    const res = await download(t, qr.id)
    // An Arabic label leaves no ASCII slug: the code alone names the file.
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="qr-${qr.code}.svg"`)
    expect(await readSvg(res.text())).toBe('Wi-Fi: ask at the counter')
  })
})

describe('refusals', () => {
  const problem = (res: Awaited<ReturnType<typeof download>>) => {
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    return res.json
  }

  it('refuses a logo that is not an image, naming the field', async () => {
    const t = await createTestTenant()
    const mp4 = new Uint8Array([
      0,
      0,
      0,
      24,
      ...new TextEncoder().encode('ftypisom'),
      0,
      0,
      2,
      0,
      ...new TextEncoder().encode('isommp41'),
    ])
    const logoMediaId = await uploadLogo(t, mp4, 'video/mp4', 'clip.mp4')
    const qr = await insertDynamicCode(t, { design: { ...DEFAULT_QR_DESIGN, logoMediaId } })
    const res = await download(t, qr.id)
    expect(res.status).toBe(400)
    expect(problem(res)).toMatchObject({
      code: 'BAD_REQUEST',
      errors: [{ path: 'design.logoMediaId', message: 'The logo must be an image; this file is a video' }],
    })
  })

  it('refuses a logo over 1 MB, saying how large it is', async () => {
    const t = await createTestTenant()
    const logoMediaId = await uploadLogo(t, png(800, 800, 1.5 * MB))
    const qr = await insertDynamicCode(t, { design: { ...DEFAULT_QR_DESIGN, logoMediaId } })
    const res = await download(t, qr.id, '?format=png')
    expect(res.status).toBe(400)
    expect(problem(res).detail).toBe(
      'The logo is 1.5 MB; logos may be at most 1 MB (a few hundred pixels wide is plenty)',
    )
  })

  it('refuses a WebP logo, which print files cannot draw, and a logo of another tenant', async () => {
    const t = await createTestTenant()
    const webp = new Uint8Array(40)
    webp.set(new TextEncoder().encode('RIFF'), 0)
    webp.set(new TextEncoder().encode('WEBPVP8X'), 8)
    webp.set([99, 0, 0, 99, 0, 0], 24)
    const webpId = await uploadLogo(t, webp, 'image/webp', 'logo.webp')
    const webpCode = await insertDynamicCode(t, { design: { ...DEFAULT_QR_DESIGN, logoMediaId: webpId } })
    const res = await download(t, webpCode.id)
    expect(res.status).toBe(400)
    expect(problem(res).detail).toContain('PNG, JPEG or GIF')

    const other = await createTestTenant()
    const theirs = await uploadLogo(other)
    const borrowed = await insertDynamicCode(t, { design: { ...DEFAULT_QR_DESIGN, logoMediaId: theirs } })
    const refused = await download(t, borrowed.id)
    expect(refused.status).toBe(400)
    expect(problem(refused).detail).toContain(`There is no uploaded image ${theirs} in this organisation`)
  })

  it('refuses to hand out a design below the minimum contrast or light on dark', async () => {
    const t = await createTestTenant()
    const faint = await insertDynamicCode(t, { design: { ...DEFAULT_QR_DESIGN, foreground: '#cccccc' } })
    const res = await download(t, faint.id)
    expect(res.status).toBe(400)
    expect(problem(res).errors).toEqual([
      { path: 'design.foreground', message: expect.stringContaining('at least 3:1') },
    ])
    const inverted = await insertDynamicCode(t, {
      design: { ...DEFAULT_QR_DESIGN, foreground: '#ffffff', background: '#111111' },
    })
    const light = await download(t, inverted.id)
    expect(light.status).toBe(400)
    expect(problem(light).detail).toContain('lighter than the background')
  })

  it('validates the format and size', async () => {
    const t = await createTestTenant()
    const qr = await insertDynamicCode(t)
    for (const query of [
      '?format=gif',
      '?format=png&size=100',
      '?format=png&size=5000',
      '?format=pdf&sizeMm=5',
    ]) {
      const res = await download(t, qr.id, query)
      expect(res.status, query).toBe(400)
      expect(problem(res).code).toBe('BAD_REQUEST')
    }
  })
})

describe('access', () => {
  it('answers 404 for another tenant’s code and for an archived one', async () => {
    const t = await createTestTenant()
    const other = await createTestTenant()
    const theirs = await insertDynamicCode(other)
    expect((await download(t, theirs.id)).status).toBe(404)
    const archived = await insertDynamicCode(t, { archivedAt: new Date() })
    expect((await download(t, archived.id)).status).toBe(404)
  })

  it('lets a branch-scoped member download their branch’s codes only', async () => {
    const t = await createTestTenant({ role: 'manager', branchScoped: true })
    const own = await insertDynamicCode(t)
    expect((await download(t, own.id)).status).toBe(200)
    const brandLevel = await insertDynamicCode(t, { branchId: null })
    expect((await download(t, brandLevel.id)).status).toBe(404)
  })

  it('needs a session', async () => {
    const t = await createTestTenant()
    const qr = await insertDynamicCode(t)
    expect((await download({ token: 'nope' }, qr.id)).status).toBe(401)
  })
})

describe('render limit', () => {
  it('answers the 11th render in a minute on the starter plan with 429 and Retry-After', async () => {
    const t = await createTestTenant()
    const qr = await insertDynamicCode(t)
    for (let i = 0; i < 10; i++) expect((await download(t, qr.id)).status).toBe(200)
    const res = await download(t, qr.id, '?format=png')
    expect(res.status).toBe(429)
    expect(res.json).toMatchObject({ code: 'RATE_LIMITED' })
    expect(res.json.detail).toContain('10 QR code downloads per minute')
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(res.headers.get('ratelimit-remaining')).toBe('0')
    // Another tenant's minute is its own.
    const other = await createTestTenant()
    expect((await download(other, (await insertDynamicCode(other)).id)).status).toBe(200)
  })
})
