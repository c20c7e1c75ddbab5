import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { d1 } from '../../../worker/lib/d1.ts'
import { redirectFor } from '../../../worker/modules/brands/index.ts'
import { call, createTestTenant } from '../../helpers/tenant.ts'
import { png, upload } from '../media/media-files.ts'
import { addMember, del, patch } from './brand-helpers.ts'

const HOURS = {
  weekly: {
    mon: [
      { open: '09:00', close: '13:00' },
      { open: '14:00', close: '18:00' },
    ],
    sat: [],
  },
  holidays: [{ date: '2025-12-25', name: 'Christmas' }],
  closures: [{ from: '2025-08-01', until: '2025-08-15', reason: 'Renovation' }],
}

describe('branches', () => {
  it('creates a branch with its details and an empty site', async () => {
    const t = await createTestTenant()
    const res = await t.post('/api/v1/branches', {
      brandId: t.brandId,
      name: 'Åre Harbour',
      address: { line1: '1 Quay', city: 'Åre', country: 'SE', latitude: 63.4, longitude: 13.08 },
      timezone: 'Europe/Stockholm',
      phones: [{ label: 'Front desk', number: '+46 8 123 456' }],
      whatsapp: '+46 70 123 4567',
      email: 'harbour@example.com',
      hours: HOURS,
      services: [{ id: 's1', name: 'Lunch', price: '12.50', currency: 'EUR' }],
      social: [{ network: 'instagram', url: 'https://instagram.com/example' }],
      payments: { upiId: 'shop@okbank', paymentLink: 'https://pay.example.com/x' },
    })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      brandId: t.brandId,
      brandSlug: t.brandSlug,
      slug: 'are-harbour',
      path: `/${t.brandSlug}/are-harbour`,
      published: false,
      archivedAt: null,
      address: { city: 'Åre', latitude: 63.4 },
      hours: { weekly: { mon: HOURS.weekly.mon }, holidays: [{ date: '2025-12-25', intervals: [] }] },
      payments: { upiId: 'shop@okbank' },
    })
    const site = await env.DB.prepare('select draft, published_version_id from sites where id = ?')
      .bind(res.body.siteId)
      .first()
    expect(site).toEqual({ draft: null, published_version_id: null })
    expect((await t.get(`/api/v1/branches/${res.body.id}`)).body.id).toBe(res.body.id)
  })

  it('lists branches by brand, leaving archived ones out unless asked', async () => {
    const t = await createTestTenant()
    const extra = await t.post('/api/v1/branches', { brandId: t.brandId, name: 'Second' })
    expect((await del(t, `/api/v1/branches/${extra.body.id}`)).status).toBe(204)
    const open = await t.get(`/api/v1/branches?brandId=${t.brandId}`)
    expect(open.body.data.map((b: { id: string }) => b.id)).toEqual([t.branchId])
    expect(open.body.data[0]).toMatchObject({
      brandName: expect.any(String),
      slug: t.branchSlug,
      published: true,
    })
    const all = await t.get('/api/v1/branches?archived=include')
    expect(all.body.data).toHaveLength(2)
  })

  it('enforces the plan’s branch limit with a clear message; archived branches do not count', async () => {
    // The default plan (starter) allows 3 branches; the test tenant has one already.
    const t = await createTestTenant()
    const second = await t.post('/api/v1/branches', { brandId: t.brandId, name: 'Two' })
    expect((await t.post('/api/v1/branches', { brandId: t.brandId, name: 'Three' })).status).toBe(201)
    const refused = await t.post('/api/v1/branches', { brandId: t.brandId, name: 'Four' })
    expect(refused.status).toBe(402)
    expect(refused.body.code).toBe('LIMIT_EXCEEDED')
    expect(refused.body.detail).toBe('Your plan (starter) allows 3 branches; upgrade to add more')
    await del(t, `/api/v1/branches/${second.body.id}`)
    expect((await t.post('/api/v1/branches', { brandId: t.brandId, name: 'Four' })).status).toBe(201)
  })

  it('makes branch slugs unique per brand, not across brands', async () => {
    const t = await createTestTenant()
    const same = await t.post('/api/v1/branches', { brandId: t.brandId, name: 'Main Street' })
    expect(same.body.slug).toBe('main-street-2')
    const clash = await t.post('/api/v1/branches', { brandId: t.brandId, name: 'X', slug: 'main-street' })
    expect(clash.status).toBe(409)
    expect(clash.body.detail).toContain('main-street')
    const reserved = await t.post('/api/v1/branches', { brandId: t.brandId, name: 'X', slug: 'vcard' })
    expect(reserved.status).toBe(400)
    const otherBrand = await t.post('/api/v1/brands', { name: 'Other' })
    const elsewhere = await t.post('/api/v1/branches', { brandId: otherBrand.body.id, name: 'Main Street' })
    expect(elsewhere.body.slug).toBe('main-street')
  })

  it('refuses bad details with the path of each field', async () => {
    const t = await createTestTenant()
    const res = await patch(t, `/api/v1/branches/${t.branchId}`, {
      hours: { weekly: { mon: [{ open: '25:00', close: '18:00' }] } },
      phones: [{ number: 'call me' }],
      payments: { upiId: 'not-a-upi' },
      address: { line1: 'x', city: 'y', country: 'US', latitude: 123 },
      timezone: 'Mars/Olympus',
    })
    expect(res.status).toBe(400)
    const paths = res.body.errors.map((e: { path: string }) => e.path)
    expect(paths).toEqual(
      expect.arrayContaining([
        'hours.weekly.mon.0.open',
        'phones.0.number',
        'payments.upiId',
        'address.latitude',
        'timezone',
      ]),
    )
    expect((await t.get(`/api/v1/branches/${t.branchId}`)).body.hours).toBeNull()
  })

  it('replaces a whole field on PATCH and purges the page', async () => {
    const t = await createTestTenant()
    await patch(t, `/api/v1/branches/${t.branchId}`, {
      hours: HOURS,
      phones: [{ number: '+1 415 555 0100' }],
    })
    await call(t.pagePath)
    expect((await call(t.pagePath)).headers.get('x-vitrine-cache')).toBe('hit')
    const res = await patch(t, `/api/v1/branches/${t.branchId}`, {
      hours: { weekly: { tue: [{ open: '10:00', close: '16:00' }] } },
    })
    expect(res.status).toBe(200)
    expect(res.body.hours).toEqual({
      weekly: { tue: [{ open: '10:00', close: '16:00' }] },
      holidays: [],
      closures: [],
    })
    expect(res.body.phones).toEqual([{ label: 'Phone', number: '+1 415 555 0100' }])
    expect(res.body.updatedAt).not.toBeNull()
    expect((await call(t.pagePath)).headers.get('x-vitrine-cache')).toBe('miss')
  })

  it('keeps a gallery of the tenant’s images, and refuses others', async () => {
    const t = await createTestTenant()
    const other = await createTestTenant()
    const { body: mine } = await upload(t.token, { bytes: png(10, 10), name: 'a.png', type: 'image/png' })
    const { body: theirs } = await upload(other.token, {
      bytes: png(10, 10),
      name: 'b.png',
      type: 'image/png',
    })
    const ok = await patch(t, `/api/v1/branches/${t.branchId}`, {
      gallery: [{ mediaId: mine.id, alt: 'Front' }],
    })
    expect(ok.body.gallery).toEqual([{ mediaId: mine.id, alt: 'Front', url: mine.url }])
    const refused = await patch(t, `/api/v1/branches/${t.branchId}`, {
      gallery: [
        { mediaId: mine.id, alt: 'ok' },
        { mediaId: theirs.id, alt: 'no' },
      ],
    })
    expect(refused.status).toBe(400)
    expect(refused.body.errors).toEqual([{ path: 'gallery.1.mediaId', message: expect.any(String) }])
  })

  it('changes a slug keeping a redirect for the old path', async () => {
    const t = await createTestTenant()
    const res = await patch(t, `/api/v1/branches/${t.branchId}`, { slug: 'harbour-front' })
    expect(res.body.path).toBe(`/${t.brandSlug}/harbour-front`)
    const db = d1(env.DB)
    expect(await redirectFor(db, { brandSlug: t.brandSlug, branchSlug: t.branchSlug })).toBe(
      `/${t.brandSlug}/harbour-front`,
    )
    expect(await redirectFor(db, { brandSlug: t.brandSlug, branchSlug: 'harbour-front' })).toBeNull()
  })

  it('archives a branch: it stays readable, cannot be edited, and its page is purged', async () => {
    const t = await createTestTenant()
    await call(t.pagePath)
    expect((await del(t, `/api/v1/branches/${t.branchId}`)).status).toBe(204)
    expect(await env.SITE_CACHE.get(`page:platform:${t.pagePath}`)).toBeNull()
    const branch = await t.get(`/api/v1/branches/${t.branchId}`)
    expect(branch.body.archivedAt).not.toBeNull()
    expect((await patch(t, `/api/v1/branches/${t.branchId}`, { name: 'Back' })).status).toBe(410)
    const { results } = await env.DB.prepare(
      "select action from audit_events where tenant_id = ? and target_type = 'branch'",
    )
      .bind(t.tenantId)
      .all<{ action: string }>()
    expect(results.map((r) => r.action)).toEqual(['branch.archived'])
  })
})

describe('branch permissions and isolation', () => {
  it('answers 404 for another tenant’s branch and brand', async () => {
    const a = await createTestTenant()
    const b = await createTestTenant()
    expect((await b.get(`/api/v1/branches/${a.branchId}`)).status).toBe(404)
    expect((await patch(b, `/api/v1/branches/${a.branchId}`, { name: 'x' })).status).toBe(404)
    expect((await del(b, `/api/v1/branches/${a.branchId}`)).status).toBe(404)
    expect((await b.post('/api/v1/branches', { brandId: a.brandId, name: 'x' })).status).toBe(404)
    expect((await b.get('/api/v1/branches')).body.data.map((x: { id: string }) => x.id)).toEqual([b.branchId])
  })

  it('lets viewers read only', async () => {
    const t = await createTestTenant({ role: 'viewer' })
    expect((await t.get(`/api/v1/branches/${t.branchId}`)).status).toBe(200)
    expect((await patch(t, `/api/v1/branches/${t.branchId}`, { name: 'x' })).status).toBe(403)
    expect((await t.post('/api/v1/branches', { brandId: t.brandId, name: 'x' })).status).toBe(403)
    expect((await del(t, `/api/v1/branches/${t.branchId}`)).status).toBe(403)
  })

  it('limits a branch-scoped manager to their own branch', async () => {
    const t = await createTestTenant()
    const second = await t.post('/api/v1/branches', { brandId: t.brandId, name: 'Harbour' })
    const manager = await addMember(t, 'manager', [second.body.id])
    expect((await manager.get('/api/v1/branches')).body.data.map((b: { id: string }) => b.id)).toEqual([
      second.body.id,
    ])
    expect((await manager.get(`/api/v1/branches/${t.branchId}`)).status).toBe(404)
    expect((await patch(manager, `/api/v1/branches/${t.branchId}`, { name: 'x' })).status).toBe(404)
    const own = await patch(manager, `/api/v1/branches/${second.body.id}`, { email: 'harbour@example.com' })
    expect(own.status).toBe(200)
    expect((await manager.post('/api/v1/branches', { brandId: t.brandId, name: 'x' })).status).toBe(403)
    expect((await del(manager, `/api/v1/branches/${second.body.id}`)).status).toBe(403)
  })
})
