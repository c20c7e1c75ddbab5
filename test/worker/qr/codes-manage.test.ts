// QR codes, after creation: retargeting without reprinting, clearing password and expiry,
// archiving, and listing (paging newest first, filters).
import { describe, expect, it } from 'vitest'
import { createTestTenant } from '../../helpers/tenant.ts'
import { del, patch } from '../brands/brand-helpers.ts'
import { microsite, route } from './codes-helpers.ts'

describe('changing and archiving', () => {
  it('retargets a code without changing its short code', async () => {
    const t = await createTestTenant()
    const made = (await t.post('/api/v1/qr-codes', microsite(t))).body
    const res = await patch(t, `/api/v1/qr-codes/${made.id}`, {
      target: { type: 'url', url: 'https://example.com/menu?x=1' },
      label: 'Menu',
      utm: { source: 'qr', medium: 'table', campaign: 'spring' },
    })
    expect(res.status).toBe(200)
    expect(res.body.code).toBe(made.code)
    expect(res.body.content).toBe(made.content)
    const url = 'https://example.com/menu?x=1&utm_source=qr&utm_medium=table&utm_campaign=spring'
    expect(res.body).toMatchObject({ label: 'Menu', targetUrl: url })
    expect((await route(made.code))?.url).toBe(url)
    expect((await t.get(`/api/v1/qr-codes/${made.id}`)).body.targetUrl).toBe(url)
  })

  it('clears the password and the expiry with null', async () => {
    const t = await createTestTenant()
    const made = (await t.post('/api/v1/qr-codes', { ...microsite(t), password: 'secret12' })).body
    const res = await patch(t, `/api/v1/qr-codes/${made.id}`, { password: null, status: 'paused' })
    expect(res.body).toMatchObject({ passwordProtected: false, state: 'paused' })
    expect(await route(made.code)).toMatchObject({ passwordHash: null, status: 'paused' })
  })

  it('archives: the code leaves lists, its link answers as archived, its number is freed', async () => {
    const t = await createTestTenant()
    const made = (await t.post('/api/v1/qr-codes', microsite(t))).body
    expect((await del(t, `/api/v1/qr-codes/${made.id}`)).status).toBe(204)
    expect((await t.get(`/api/v1/qr-codes/${made.id}`)).status).toBe(404)
    expect((await del(t, `/api/v1/qr-codes/${made.id}`)).status).toBe(404)
    expect((await t.get('/api/v1/qr-codes')).body.data).toEqual([])
    expect(await route(made.code)).toMatchObject({ status: 'archived', codeId: made.id })
  })
})

describe('listing', () => {
  it('pages newest first and filters', async () => {
    const t = await createTestTenant()
    const labels = ['Table 1', 'Table 2', 'Window', 'Counter']
    for (const label of labels) await t.post('/api/v1/qr-codes', { ...microsite(t), label })
    await t.post('/api/v1/qr-codes', {
      kind: 'text',
      label: 'Wi-Fi note',
      payload: { type: 'text', text: 'x' },
    })
    const first = await t.get('/api/v1/qr-codes?limit=3')
    expect(first.body.data.map((c: { label: string }) => c.label)).toEqual([
      'Wi-Fi note',
      'Counter',
      'Window',
    ])
    const second = await t.get(`/api/v1/qr-codes?limit=3&cursor=${first.body.nextCursor}`)
    expect(second.body.data.map((c: { label: string }) => c.label)).toEqual(['Table 2', 'Table 1'])
    expect(second.body.nextCursor).toBeNull()
    const tables = await t.get('/api/v1/qr-codes?q=table&kind=dynamic')
    expect(tables.body.data).toHaveLength(2)
    expect((await t.get(`/api/v1/qr-codes?branchId=${t.branchId}`)).body.data).toHaveLength(4)
    expect((await t.get('/api/v1/qr-codes?q=%25')).body.data).toHaveLength(0)
    expect((await t.get('/api/v1/qr-codes?cursor=nope')).status).toBe(400)
  })
})
