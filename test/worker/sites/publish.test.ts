import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { newId } from '../../../worker/lib/ids.ts'
import { call, createTestTenant, testSiteContent } from '../../helpers/tenant.ts'

describe('publishing a site version', () => {
  it('goes live at once and purges every cached copy', async () => {
    const t = await createTestTenant({ headline: 'Old headline' })
    const hostname = `${crypto.randomUUID().slice(0, 8)}.brand.example`
    await env.DB.prepare(
      "insert into hostnames (id, tenant_id, hostname, brand_id, status) values (?, ?, ?, ?, 'active')",
    )
      .bind(newId('hostname'), t.tenantId, hostname, t.brandId)
      .run()
    await call(t.pagePath)
    await call(`/${t.branchSlug}`, { host: hostname })
    expect((await call(t.pagePath)).headers.get('x-vitrine-cache')).toBe('hit')

    const content = testSiteContent('New headline')
    const res = await t.post(`/api/v1/sites/${t.siteId}/versions`, { content })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      siteId: t.siteId,
      number: 2,
      content,
      publishedBy: t.userId,
      note: null,
    })

    const platform = await call(t.pagePath)
    expect(platform.headers.get('x-vitrine-cache')).toBe('miss')
    expect(platform.body).toContain('New headline')
    expect((await call(`/${t.branchSlug}`, { host: hostname })).body).toContain('New headline')
  })

  it('lists the tenant’s sites', async () => {
    const t = await createTestTenant()
    const res = await t.get('/api/v1/sites')
    expect(res.status).toBe(200)
    expect(res.body.data).toEqual([expect.objectContaining({ id: t.siteId, path: t.pagePath })])
  })

  it('refuses content that fails validation, and keeps the old version', async () => {
    const t = await createTestTenant({ headline: 'Still here' })
    // The old flat shape, and a hero whose headline is too long.
    expect(
      (await t.post(`/api/v1/sites/${t.siteId}/versions`, { content: { headline: 'Flat' } })).status,
    ).toBe(400)
    const content = testSiteContent('x')
    const res = await t.post(`/api/v1/sites/${t.siteId}/versions`, {
      content: { ...content, sections: [{ id: 'hero', type: 'hero', headline: { en: 'h'.repeat(121) } }] },
    })
    expect(res.status).toBe(400)
    expect(res.body.code).toBe('BAD_REQUEST')
    expect((await call(t.pagePath)).body).toContain('Still here')
  })

  it('needs the sites.publish permission', async () => {
    const t = await createTestTenant({ role: 'viewer' })
    const res = await t.post(`/api/v1/sites/${t.siteId}/versions`, { content: testSiteContent('x') })
    expect(res.status).toBe(403)
    expect(res.body.code).toBe('FORBIDDEN')
    expect((await t.get('/api/v1/sites')).status).toBe(200)
  })

  it('cannot touch another tenant’s site', async () => {
    const a = await createTestTenant({ headline: 'Tenant A' })
    const b = await createTestTenant()
    const res = await b.post(`/api/v1/sites/${a.siteId}/versions`, { content: testSiteContent('Taken over') })
    expect(res.status).toBe(404)
    expect((await call(a.pagePath)).body).toContain('Tenant A')
    expect((await b.get('/api/v1/sites')).body.data.map((s: { id: string }) => s.id)).not.toContain(a.siteId)
  })
})
