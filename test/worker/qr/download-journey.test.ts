// The path end to end through the API: design a code with a logo, download it in every
// format, read it back; refused designs never get saved.
import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { createTestTenant } from '../../helpers/tenant.ts'
import { upload } from '../media/media-files.ts'
import { logoPng, readPng, readSvg } from './design-helpers.ts'

async function fetchBytes(token: string, path: string) {
  const res = await SELF.fetch(`http://localhost${path}`, { headers: { authorization: `Bearer ${token}` } })
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    bytes: new Uint8Array(await res.arrayBuffer()),
  }
}

describe('a designed code through the API', () => {
  it('is created with a logo in brand colours and downloads as SVG, PNG and PDF that scan', async () => {
    const t = await createTestTenant()
    const logo = await upload(t.token, { bytes: logoPng(), name: 'logo.png', type: 'image/png' })
    expect(logo.status).toBe(201)
    const created = await t.post('/api/v1/qr-codes', {
      label: 'Window poster',
      branchId: t.branchId,
      target: { type: 'microsite', branchId: t.branchId },
      design: {
        foreground: '#7a1020',
        background: '#fffaf0',
        eyeColor: '#0f766e',
        moduleStyle: 'rounded',
        eyeStyle: 'circle',
        logoMediaId: logo.body.id,
        logoScale: 0.25,
        frame: { style: 'banner', text: 'Scan for menu', color: '#7a1020', textColor: '#ffffff' },
      },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const { id, shortUrl } = created.body as { id: string; shortUrl: string }
    expect(shortUrl).toMatch(/\/q\/[A-Za-z0-9_-]+$/)

    const svg = await fetchBytes(t.token, `/api/v1/qr-codes/${id}/download?format=svg`)
    expect(svg.type).toBe('image/svg+xml')
    expect(await readSvg(new TextDecoder().decode(svg.bytes))).toBe(shortUrl)
    const png = await fetchBytes(t.token, `/api/v1/qr-codes/${id}/download?format=png&size=2048&dpi=300`)
    expect(png.type).toBe('image/png')
    expect(readPng(png.bytes)).toBe(shortUrl)
    const pdf = await fetchBytes(t.token, `/api/v1/qr-codes/${id}/download?format=pdf`)
    expect(pdf.type).toBe('application/pdf')
  })

  it('refuses low contrast and light-on-dark designs with the reasons, saving nothing', async () => {
    const t = await createTestTenant()
    const base = {
      label: 'Counter',
      branchId: t.branchId,
      target: { type: 'microsite', branchId: t.branchId },
    }
    const faint = await t.post('/api/v1/qr-codes', { ...base, design: { foreground: '#d0d0d0' } })
    expect(faint.status).toBe(400)
    expect(faint.headers.get('content-type')).toBe('application/problem+json')
    expect(faint.body.errors).toEqual([
      { path: 'design.foreground', message: expect.stringContaining('too little contrast') },
    ])
    const inverted = await t.post('/api/v1/qr-codes', {
      ...base,
      design: { foreground: '#ffffff', background: '#0b0b0b' },
    })
    expect(inverted.status).toBe(400)
    expect(inverted.body.errors[0]).toMatchObject({ path: 'design.foreground' })
    expect(inverted.body.errors[0].message).toContain('light-on-dark')
    expect((await t.get('/api/v1/qr-codes')).body.data).toEqual([])
  })
})
