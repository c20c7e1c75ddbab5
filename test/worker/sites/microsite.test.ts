import { createExecutionContext, env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { createCtx } from '../../../worker/context.ts'
import { createLogger } from '../../../worker/lib/log.ts'
import { purgePages } from '../../../worker/modules/sites/index.ts'
import { call, createTestTenant, testSiteContent } from '../../helpers/tenant.ts'
import { addHostname, gzipSize, publishContent } from './showcase.ts'

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

  it('ignores query parameters it does not know, so QR tracking does not split the cache', async () => {
    const t = await createTestTenant()
    await call(t.pagePath)
    const tagged = await call(`${t.pagePath}?utm_source=qr&lang=zz&x=<b>`)
    expect(tagged.headers.get('x-vitrine-cache')).toBe('hit')
    const keys = await env.SITE_CACHE.list({ prefix: `page:platform:${t.pagePath}` })
    expect(keys.keys.map((k) => k.name)).toEqual([`page:platform:${t.pagePath}`])
  })

  it('fits the first round trip and needs no script to read or act', async () => {
    const t = await createTestTenant()
    const res = await call(t.pagePath)
    expect(await gzipSize(res.body)).toBeLessThan(14 * 1024)
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

  it('answers 410 Gone for a suspended tenant', async () => {
    const t = await createTestTenant()
    await env.DB.prepare("update tenants set status = 'suspended' where id = ?").bind(t.tenantId).run()
    const res = await call(t.pagePath)
    expect(res.status).toBe(410)
    expect(res.body).toContain('no longer available')
  })

  it('renders the new version after a publish purges the cache', async () => {
    const t = await createTestTenant({ headline: 'Before' })
    await call(t.pagePath)
    expect((await call(t.pagePath)).headers.get('x-vitrine-cache')).toBe('hit')
    await publishContent(t, testSiteContent('After'))
    // Still the cached copy until the purge that publishing runs.
    expect((await call(t.pagePath)).body).toContain('Before')
    const { ctx } = createCtx(env as never, createExecutionContext(), createLogger(), 'req_test')
    await purgePages(ctx, [{ tenantId: t.tenantId, brandId: t.brandId, brandSlug: t.brandSlug }])
    const after = await call(t.pagePath)
    expect(after.headers.get('x-vitrine-cache')).toBe('miss')
    expect(after.body).toContain('After')
  })
})

describe('custom hostnames', () => {
  it('serves a branch hostname at / and caches the host map in KV', async () => {
    const t = await createTestTenant({ headline: 'On our own domain' })
    const hostname = await addHostname(t, t.branchId)
    const res = await call('/', { host: hostname })
    expect(res.status).toBe(200)
    expect(res.body).toContain('On our own domain')
    expect(res.body).toContain('action="/leads"')
    expect(await env.SITE_CACHE.get(`host:${hostname}`, 'json')).toMatchObject({ branchId: t.branchId })
    const again = await call('/', { host: hostname })
    expect(again.headers.get('x-vitrine-cache')).toBe('hit')
    expect(await env.SITE_CACHE.get(`page:${hostname}:/`)).toBe(again.body)
  })

  it('serves a brand hostname at /{branch}, with the brand’s branches at /', async () => {
    const t = await createTestTenant({ headline: 'Brand host' })
    const hostname = await addHostname(t)
    const res = await call(`/${t.branchSlug}`, { host: hostname })
    expect(res.status).toBe(200)
    expect(res.body).toContain(`action="/${t.branchSlug}/leads"`)
    const landing = await call('/', { host: hostname })
    expect(landing.status).toBe(200)
    expect(landing.body).toContain(`href="/${t.branchSlug}"`)
    expect((await call('/nowhere', { host: hostname })).status).toBe(404)
  })

  it('lists a brand’s live branches at /{brand} on our host', async () => {
    const t = await createTestTenant()
    const res = await call(`/${t.brandSlug}`)
    expect(res.status).toBe(200)
    expect(res.body).toContain(`href="${t.pagePath}"`)
    expect(res.body).toContain('Main Street')
    expect(res.headers.get('content-security-policy')).toMatch(/style-src 'sha256-/)
  })

  it('ignores hostnames that are not yet active', async () => {
    const t = await createTestTenant()
    await env.DB.prepare(
      "insert into hostnames (id, tenant_id, hostname, brand_id, status) values (?, ?, 'pending.example', ?, 'pending')",
    )
      .bind(`host_${crypto.randomUUID().replaceAll('-', '').slice(0, 26)}`, t.tenantId, t.brandId)
      .run()
    expect((await call(`/${t.branchSlug}`, { host: 'pending.example' })).status).toBe(404)
  })
})
