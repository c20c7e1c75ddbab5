import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { newId } from '../../../worker/lib/ids.ts'
import { call, createTestTenant } from '../../helpers/tenant.ts'

describe('microsite rendering', () => {
  it('renders the published version server-side, then serves it from KV', async () => {
    const t = await createTestTenant({ headline: 'Best dosa in town' })
    const first = await call(t.pagePath)
    expect(first.status).toBe(200)
    expect(first.headers.get('content-type')).toContain('text/html')
    expect(first.headers.get('x-vitrine-cache')).toBe('miss')
    expect(first.body).toContain('Best dosa in town')
    expect(first.body).toContain(`action="${t.pagePath}/leads"`)
    expect(await env.SITE_CACHE.get(`page:platform:${t.pagePath}`)).toBe(first.body)
    const second = await call(t.pagePath)
    expect(second.headers.get('x-vitrine-cache')).toBe('hit')
    expect(second.body).toBe(first.body)
  })

  it('fits the first round trip and needs no script to read or act', async () => {
    const t = await createTestTenant()
    const res = await call(t.pagePath)
    const gzipped = await new Response(
      new Blob([res.body]).stream().pipeThrough(new CompressionStream('gzip')),
    ).arrayBuffer()
    expect(gzipped.byteLength).toBeLessThan(14 * 1024)
    expect(res.body).toMatch(/<form method="post"/)
  })

  it('allows only its own inline style and script', async () => {
    const t = await createTestTenant()
    const csp = (await call(t.pagePath)).headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'none'")
    expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/)
    expect(csp).not.toContain('unsafe-inline')
    // A cached copy carries the same policy.
    expect((await call(t.pagePath)).headers.get('content-security-policy')).toBe(csp)
  })

  it('escapes what tenants type', async () => {
    const t = await createTestTenant({ headline: '<script>alert(1)</script>' })
    const res = await call(t.pagePath)
    expect(res.body).not.toContain('<script>alert(1)</script>')
    expect(res.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('serves a 404 page for an unknown branch or an unpublished site', async () => {
    const t = await createTestTenant()
    expect((await call(`/${t.brandSlug}/nowhere`)).status).toBe(404)
    await env.DB.prepare('update sites set published_version_id = null where id = ?').bind(t.siteId).run()
    const res = await call(t.pagePath)
    expect(res.status).toBe(404)
    expect(res.body).toContain('Page not found')
  })

  it('does not serve a suspended tenant', async () => {
    const t = await createTestTenant()
    await env.DB.prepare("update tenants set status = 'suspended' where id = ?").bind(t.tenantId).run()
    expect((await call(t.pagePath)).status).toBe(404)
  })
})

describe('custom hostnames', () => {
  async function withHostname(branch: boolean) {
    const t = await createTestTenant({ headline: 'On our own domain' })
    const hostname = `${crypto.randomUUID().slice(0, 8)}.shop.example`
    await env.DB.prepare(
      "insert into hostnames (id, tenant_id, hostname, brand_id, branch_id, status) values (?, ?, ?, ?, ?, 'active')",
    )
      .bind(newId('hostname'), t.tenantId, hostname, t.brandId, branch ? t.branchId : null)
      .run()
    return { t, hostname }
  }

  it('serves a branch hostname at / and caches the host map in KV', async () => {
    const { hostname } = await withHostname(true)
    const res = await call('/', { host: hostname })
    expect(res.status).toBe(200)
    expect(res.body).toContain('On our own domain')
    expect(res.body).toContain('action="/leads"')
    expect(await env.SITE_CACHE.get(`host:${hostname}`, 'json')).toMatchObject({
      branchId: expect.any(String),
    })
  })

  it('serves a brand hostname at /{branch}', async () => {
    const { t, hostname } = await withHostname(false)
    const res = await call(`/${t.branchSlug}`, { host: hostname })
    expect(res.status).toBe(200)
    expect(res.body).toContain(`action="/${t.branchSlug}/leads"`)
    expect((await call('/', { host: hostname })).status).toBe(404)
  })

  it('ignores hostnames that are not yet active', async () => {
    const t = await createTestTenant()
    await env.DB.prepare(
      "insert into hostnames (id, tenant_id, hostname, brand_id, status) values (?, ?, 'pending.example', ?, 'pending')",
    )
      .bind(newId('hostname'), t.tenantId, t.brandId)
      .run()
    expect((await call(`/${t.branchSlug}`, { host: 'pending.example' })).status).toBe(404)
  })
})
