// QR codes, who may do what: sessions and qr.manage, other tenants' codes, and branch managers
// kept to their branches.
import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { call, createTestTenant } from '../../helpers/tenant.ts'
import { addMember, del, patch } from '../brands/brand-helpers.ts'
import { microsite } from './codes-helpers.ts'

describe('who may do what', () => {
  it('needs a session, and qr.manage to write', async () => {
    const t = await createTestTenant()
    expect((await call('/api/v1/qr-codes')).status).toBe(401)
    const viewer = await addMember(t, 'viewer')
    expect((await viewer.post('/api/v1/qr-codes', microsite(t))).status).toBe(403)
    const made = (await t.post('/api/v1/qr-codes', microsite(t))).body
    expect((await viewer.get(`/api/v1/qr-codes/${made.id}`)).status).toBe(200)
    expect((await viewer.get('/api/v1/qr-codes')).body.data).toHaveLength(1)
    expect((await del(viewer, `/api/v1/qr-codes/${made.id}`)).status).toBe(403)
  })

  it("answers 404 for another tenant's code", async () => {
    const a = await createTestTenant()
    const b = await createTestTenant()
    const made = (await a.post('/api/v1/qr-codes', microsite(a))).body
    expect((await b.get(`/api/v1/qr-codes/${made.id}`)).status).toBe(404)
    expect((await patch(b, `/api/v1/qr-codes/${made.id}`, { label: 'Mine' })).status).toBe(404)
    expect((await del(b, `/api/v1/qr-codes/${made.id}`)).status).toBe(404)
    expect((await b.get('/api/v1/qr-codes')).body.data).toEqual([])
    // Nor may B aim a code at A's branch.
    const aimed = await b.post('/api/v1/qr-codes', microsite(a))
    expect(aimed.status).toBe(400)
    expect(aimed.body.errors.map((e: { path: string }) => e.path)).toContain('target.branchId')
    expect((await a.get(`/api/v1/qr-codes/${made.id}`)).body.label).toBe('Front door')
  })

  it('limits a branch manager to their branches', async () => {
    const t = await createTestTenant()
    const otherBranch = `bra_${'0'.repeat(10)}${crypto.randomUUID().replaceAll('-', '').slice(0, 16).toUpperCase()}`
    await env.DB.prepare(
      "insert into branches (id, tenant_id, brand_id, slug, name) values (?, ?, ?, 'harbour', 'Harbour')",
    )
      .bind(otherBranch, t.tenantId, t.brandId)
      .run()
    await env.DB.prepare('insert into sites (id, tenant_id, branch_id) values (?, ?, ?)')
      .bind(`site_${otherBranch.slice(4)}`, t.tenantId, otherBranch)
      .run()
    const manager = await addMember(t, 'manager', [t.branchId])
    const outside = (
      await t.post('/api/v1/qr-codes', {
        ...microsite(t),
        target: { type: 'microsite', branchId: otherBranch },
      })
    ).body
    const orgLevel = (
      await t.post('/api/v1/qr-codes', { label: 'HQ', target: { type: 'url', url: 'https://example.com' } })
    ).body
    expect(orgLevel.branchId).toBeNull()
    const own = await manager.post('/api/v1/qr-codes', microsite(t))
    expect(own.status).toBe(201)
    expect((await manager.get(`/api/v1/qr-codes/${outside.id}`)).status).toBe(404)
    expect((await manager.get(`/api/v1/qr-codes/${orgLevel.id}`)).status).toBe(404)
    expect((await patch(manager, `/api/v1/qr-codes/${outside.id}`, { label: 'x' })).status).toBe(404)
    expect((await del(manager, `/api/v1/qr-codes/${outside.id}`)).status).toBe(404)
    expect((await manager.get('/api/v1/qr-codes')).body.data.map((c: { id: string }) => c.id)).toEqual([
      own.body.id,
    ])
    const aimed = await manager.post('/api/v1/qr-codes', {
      ...microsite(t),
      target: { type: 'microsite', branchId: otherBranch },
    })
    expect(aimed.status).toBe(400)
    const noBranch = await manager.post('/api/v1/qr-codes', {
      label: 'x',
      target: { type: 'url', url: 'https://example.com' },
    })
    expect(noBranch.status).toBe(403)
    const moved = await patch(manager, `/api/v1/qr-codes/${own.body.id}`, { branchId: otherBranch })
    expect(moved.status).toBe(400)
  })
})
