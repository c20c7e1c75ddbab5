import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { d1 } from '../../../worker/lib/d1.ts'
import { redirectFor } from '../../../worker/modules/brands/index.ts'
import { call, createTestTenant } from '../../helpers/tenant.ts'
import { png, upload } from '../media/media-files.ts'
import { addMember, patch, uniqueSlug } from './brand-helpers.ts'

describe('brands', () => {
  it('creates a brand with a slug from its name, and lists it', async () => {
    const t = await createTestTenant()
    const name = `Café Zürich ${crypto.randomUUID().slice(0, 6)}`
    const res = await t.post('/api/v1/brands', {
      name,
      colors: { primary: '#123456' },
      fonts: { heading: 'serif' },
    })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      name,
      slug: expect.stringMatching(/^cafe-zurich-[a-z0-9]+$/),
      colors: { primary: '#123456' },
      fonts: { heading: 'serif', body: 'system' },
      logo: null,
      branchCount: 0,
      updatedAt: null,
    })
    expect(res.body.path).toBe(`/${res.body.slug}`)
    const list = await t.get('/api/v1/brands')
    expect(list.body.data.map((b: { id: string }) => b.id)).toEqual(
      expect.arrayContaining([t.brandId, res.body.id]),
    )
    expect(list.body.data.find((b: { id: string }) => b.id === t.brandId).branchCount).toBe(1)
  })

  it('suffixes a generated slug that is taken: -2, -3', async () => {
    const t = await createTestTenant()
    const name = `Same Name ${crypto.randomUUID().slice(0, 6)}`
    const slugs = []
    for (let i = 0; i < 3; i++) slugs.push((await t.post('/api/v1/brands', { name })).body.slug)
    const base = slugs[0]
    expect(slugs).toEqual([base, `${base}-2`, `${base}-3`])
  })

  it('falls back to brand-<id> for a name without Latin letters', async () => {
    const t = await createTestTenant()
    const res = await t.post('/api/v1/brands', { name: '北京烤鸭' })
    expect(res.status).toBe(201)
    expect(res.body.slug).toBe(`brand-${res.body.id.slice(-6).toLowerCase()}`)
  })

  it('refuses a taken explicit slug with 409 naming it, even in another tenant', async () => {
    const a = await createTestTenant()
    const b = await createTestTenant()
    const res = await b.post('/api/v1/brands', { name: 'Copycat', slug: a.brandSlug })
    expect(res.status).toBe(409)
    expect(res.body.code).toBe('CONFLICT')
    expect(res.body.detail).toContain(a.brandSlug)
  })

  it('refuses reserved and malformed slugs with 400', async () => {
    const t = await createTestTenant()
    for (const slug of ['admin', 'api', 'media', 'www', 'qr']) {
      const res = await t.post('/api/v1/brands', { name: 'X', slug })
      expect(res.status).toBe(400)
      expect(res.body.errors).toEqual([{ path: 'slug', message: expect.stringContaining('reserved') }])
    }
    const bad = await t.post('/api/v1/brands', { name: 'X', slug: 'Not A Slug' })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].path).toBe('slug')
  })

  it('validates colours, website and unknown fields', async () => {
    const t = await createTestTenant()
    const res = await t.post('/api/v1/brands', {
      name: 'X',
      colors: { primary: 'red' },
      website: 'javascript:alert(1)',
      extra: true,
    })
    expect(res.status).toBe(400)
    const paths = res.body.errors.map((e: { path: string }) => e.path)
    expect(paths).toEqual(expect.arrayContaining(['colors.primary', 'website']))
  })

  it('takes a logo from the tenant’s media, and refuses another tenant’s', async () => {
    const t = await createTestTenant()
    const other = await createTestTenant()
    const { body: logo } = await upload(t.token, {
      bytes: png(200, 100),
      name: 'logo.png',
      type: 'image/png',
    })
    const { body: foreign } = await upload(other.token, {
      bytes: png(200, 100),
      name: 'x.png',
      type: 'image/png',
    })
    const ok = await patch(t, `/api/v1/brands/${t.brandId}`, { logoMediaId: logo.id })
    expect(ok.status).toBe(200)
    expect(ok.body.logo).toEqual({ id: logo.id, url: logo.url })
    const refused = await patch(t, `/api/v1/brands/${t.brandId}`, { coverMediaId: foreign.id })
    expect(refused.status).toBe(400)
    expect(refused.body.errors).toEqual([{ path: 'coverMediaId', message: expect.any(String) }])
  })
})

describe('changing a brand slug', () => {
  it('keeps the old slug as a redirect, and purges pages under both', async () => {
    const t = await createTestTenant({ headline: 'Old brand page' })
    await call(t.pagePath)
    expect((await call(t.pagePath)).headers.get('x-vitrine-cache')).toBe('hit')
    const next = uniqueSlug('renamed')
    const res = await patch(t, `/api/v1/brands/${t.brandId}`, { slug: next, colors: { primary: '#222222' } })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ slug: next, path: `/${next}`, colors: { primary: '#222222' } })
    expect(await env.SITE_CACHE.get(`page:platform:${t.pagePath}`)).toBeNull()

    const db = d1(env.DB)
    expect(await redirectFor(db, { brandSlug: t.brandSlug })).toBe(`/${next}`)
    expect(await redirectFor(db, { brandSlug: t.brandSlug, branchSlug: t.branchSlug })).toBe(
      `/${next}/${t.branchSlug}`,
    )
    expect(await redirectFor(db, { brandSlug: next, branchSlug: t.branchSlug })).toBeNull()
    expect(await redirectFor(db, { brandSlug: t.brandSlug, branchSlug: 'no-such-branch' })).toBeNull()
    expect(await redirectFor(db, { brandSlug: uniqueSlug('never') })).toBeNull()
  })

  it('follows a chain of renames to the current slug, and frees an old slug when it is taken back', async () => {
    const t = await createTestTenant()
    const [b, c] = [uniqueSlug('second'), uniqueSlug('third')]
    await patch(t, `/api/v1/brands/${t.brandId}`, { slug: b })
    await patch(t, `/api/v1/brands/${t.brandId}`, { slug: c })
    const db = d1(env.DB)
    expect(await redirectFor(db, { brandSlug: t.brandSlug })).toBe(`/${c}`)
    expect(await redirectFor(db, { brandSlug: b })).toBe(`/${c}`)

    // Back to the first: it is current again, so it is no longer a redirect.
    expect((await patch(t, `/api/v1/brands/${t.brandId}`, { slug: t.brandSlug })).status).toBe(200)
    expect(await redirectFor(db, { brandSlug: t.brandSlug })).toBeNull()
    expect(await redirectFor(db, { brandSlug: c })).toBe(`/${t.brandSlug}`)
  })

  it('gives a new brand a generated slug that avoids old ones', async () => {
    const t = await createTestTenant()
    const name = `Moving ${crypto.randomUUID().slice(0, 6)}`
    const first = (await t.post('/api/v1/brands', { name })).body
    await patch(t, `/api/v1/brands/${first.id}`, { slug: uniqueSlug('moved') })
    const second = (await t.post('/api/v1/brands', { name })).body
    expect(second.slug).toBe(`${first.slug}-2`)
  })

  it('records the changes in the audit log', async () => {
    const t = await createTestTenant()
    const created = await t.post('/api/v1/brands', { name: 'Audited' })
    await patch(t, `/api/v1/brands/${created.body.id}`, { name: 'Audited again' })
    const { results } = await env.DB.prepare(
      "select action from audit_events where tenant_id = ? and target_type = 'brand' order by created_at",
    )
      .bind(t.tenantId)
      .all<{ action: string }>()
    expect(results.map((r) => r.action)).toEqual(['brand.created', 'brand.updated'])
  })
})

describe('brand permissions and isolation', () => {
  it('lets viewers read but not create or change brands', async () => {
    const t = await createTestTenant({ role: 'viewer' })
    expect((await t.get('/api/v1/brands')).status).toBe(200)
    expect((await t.get(`/api/v1/brands/${t.brandId}`)).status).toBe(200)
    expect((await t.post('/api/v1/brands', { name: 'No' })).status).toBe(403)
    expect((await patch(t, `/api/v1/brands/${t.brandId}`, { name: 'No' })).status).toBe(403)
  })

  it('does not let managers manage brands', async () => {
    const t = await createTestTenant()
    const manager = await addMember(t, 'manager')
    expect((await manager.post('/api/v1/brands', { name: 'No' })).status).toBe(403)
  })

  it('answers 404 for another tenant’s brand', async () => {
    const a = await createTestTenant()
    const b = await createTestTenant()
    expect((await b.get(`/api/v1/brands/${a.brandId}`)).status).toBe(404)
    expect((await patch(b, `/api/v1/brands/${a.brandId}`, { name: 'Taken' })).status).toBe(404)
    expect((await b.get('/api/v1/brands')).body.data.map((x: { id: string }) => x.id)).toEqual([b.brandId])
  })

  it('shows a member limited to some branches only their brands', async () => {
    const t = await createTestTenant()
    const other = await t.post('/api/v1/brands', { name: 'Other brand' })
    const manager = await addMember(t, 'manager', [t.branchId])
    expect((await manager.get('/api/v1/brands')).body.data.map((x: { id: string }) => x.id)).toEqual([
      t.brandId,
    ])
    expect((await manager.get(`/api/v1/brands/${other.body.id}`)).status).toBe(404)
  })
})
