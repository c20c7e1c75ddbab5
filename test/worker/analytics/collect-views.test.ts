import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { createTestTenant } from '../../helpers/tenant.ts'
import { addHostname } from '../sites/showcase.ts'
import { HEX32, recordingEvents, UA, visit } from './collect-helpers.ts'

const page = (path: string) => `http://localhost${path}`

describe('page views', () => {
  it('records exactly one view on a miss and one on a hit, with the page identity', async () => {
    const t = await createTestTenant()
    const q = recordingEvents()
    const first = await visit(q.bindings, page(t.pagePath))
    expect(first.status).toBe(200)
    expect(first.headers.get('x-vitrine-cache')).toBe('miss')
    expect(q.events()).toHaveLength(1)
    const second = await visit(q.bindings, page(t.pagePath))
    expect(second.headers.get('x-vitrine-cache')).toBe('hit')
    expect(q.events()).toHaveLength(2)
    for (const event of q.events()) {
      expect(event).toMatchObject({
        type: 'analytics',
        kind: 'view',
        action: null,
        tenantId: t.tenantId,
        brandId: t.brandId,
        branchId: t.branchId,
        siteId: t.siteId,
        path: t.pagePath,
        deviceType: 'mobile',
        os: 'iOS',
        browser: 'Safari',
        excluded: null,
        unverified: false,
        leadId: null,
      })
      expect(event.id).toMatch(/^evt_/)
      expect(event.visitor).toMatch(HEX32)
    }
    // The same browser the same day is one visitor; each view is its own event.
    const [a, b] = q.events()
    expect(a!.visitor).toBe(b!.visitor)
    expect(a!.id).not.toBe(b!.id)
  })

  it('takes UTM fields, the QR code and the place from the request; the referrer only when external', async () => {
    const t = await createTestTenant()
    const q = recordingEvents()
    const query =
      '?utm_source=Instagram&utm_medium=social&utm_campaign=spring&utm_term=pasta&utm_content=reel&qr=Tab4Code'
    await visit(q.bindings, page(`${t.pagePath}${query}`), {
      headers: { referer: 'https://l.instagram.com/some/path?x=1', 'accept-language': 'pt-PT,pt;q=0.9' },
      cf: { country: 'PT', region: 'Lisbon', city: 'Lisbon' },
    })
    await visit(q.bindings, page(t.pagePath), { headers: { referer: `http://localhost/${t.brandSlug}` } })
    const [tagged, internal] = q.events()
    expect(tagged).toMatchObject({
      path: t.pagePath,
      utm: { source: 'Instagram', medium: 'social', campaign: 'spring', term: 'pasta', content: 'reel' },
      qrCode: 'Tab4Code',
      referrerHost: 'l.instagram.com',
      country: 'PT',
      region: 'Lisbon',
      city: 'Lisbon',
      language: 'pt',
    })
    expect(internal).toMatchObject({
      referrerHost: null,
      qrCode: null,
      utm: { source: null, medium: null, campaign: null, term: null, content: null },
    })
  })

  it('re-renders a page cached without its identity, and counts it', async () => {
    const t = await createTestTenant()
    const q = recordingEvents()
    await env.SITE_CACHE.put(`page:platform:${t.pagePath}`, '<p>old</p>', {
      metadata: { type: 'html', csp: "default-src 'none'" },
    })
    const res = await visit(q.bindings, page(t.pagePath))
    expect(res.headers.get('x-vitrine-cache')).toBe('miss')
    expect(res.body).not.toBe('<p>old</p>')
    expect(q.events()).toHaveLength(1)
    const { metadata } = await env.SITE_CACHE.getWithMetadata<{ page: unknown }>(
      `page:platform:${t.pagePath}`,
    )
    expect(metadata?.page).toEqual({
      tenantId: t.tenantId,
      brandId: t.brandId,
      branchId: t.branchId,
      siteId: t.siteId,
    })
  })

  it('counts a brand landing page for the brand, with no branch or site', async () => {
    const t = await createTestTenant()
    const q = recordingEvents()
    await visit(q.bindings, page(`/${t.brandSlug}`))
    await visit(q.bindings, page(`/${t.brandSlug}`))
    expect(q.events()).toHaveLength(2)
    for (const event of q.events())
      expect(event).toMatchObject({ kind: 'view', brandId: t.brandId, branchId: null, siteId: null })
  })

  it('counts a served vCard as save_contact on its page, and sitemaps, robots and misses as nothing', async () => {
    const t = await createTestTenant()
    const q = recordingEvents()
    const card = await visit(q.bindings, page(`${t.pagePath}/vcard`))
    expect(card.headers.get('content-type')).toContain('text/vcard')
    await visit(q.bindings, page(`${t.pagePath}/vcard`))
    expect(q.events()).toHaveLength(2)
    for (const event of q.events())
      expect(event).toMatchObject({
        kind: 'action',
        action: 'save_contact',
        path: t.pagePath,
        siteId: t.siteId,
      })
    await visit(q.bindings, page('/sitemap.xml'))
    await visit(q.bindings, page('/robots.txt'))
    expect((await visit(q.bindings, page(`/${t.brandSlug}/nowhere`))).status).toBe(404)
    expect(q.events()).toHaveLength(2)
  })

  it('records views on a tenant hostname, on a miss and on a hit', async () => {
    const t = await createTestTenant()
    const hostname = await addHostname(t, t.branchId)
    const q = recordingEvents()
    const first = await visit(q.bindings, `http://${hostname}/?utm_source=flyer`, {
      headers: { referer: `http://${hostname}/other` },
    })
    expect(first.status).toBe(200)
    const second = await visit(q.bindings, `http://${hostname}/`)
    expect(second.headers.get('x-vitrine-cache')).toBe('hit')
    expect(q.events()).toHaveLength(2)
    expect(q.events()[0]).toMatchObject({
      kind: 'view',
      tenantId: t.tenantId,
      branchId: t.branchId,
      siteId: t.siteId,
      path: '/',
      referrerHost: null,
      utm: { source: 'flyer' },
      excluded: null,
    })
  })

  it('still answers the page when the queue fails', async () => {
    const t = await createTestTenant()
    const q = recordingEvents({ failing: true })
    const miss = await visit(q.bindings, page(t.pagePath))
    const hit = await visit(q.bindings, page(t.pagePath))
    expect([miss.status, hit.status]).toEqual([200, 200])
    expect(hit.body).toBe(miss.body)
  })
})

describe('exclusions and privacy', () => {
  it('records bots, HEAD requests, prefetches, link previews and signed-in members as excluded', async () => {
    const t = await createTestTenant()
    const q = recordingEvents()
    await visit(q.bindings, page(t.pagePath)) // warms the cache: the rest are hits and misses alike
    const head = await visit(q.bindings, page(t.pagePath), { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.body).toBe('')
    await visit(q.bindings, page(t.pagePath), { userAgent: UA.googlebot })
    await visit(q.bindings, page(t.pagePath), { headers: { 'sec-purpose': 'prefetch;prerender' } })
    await visit(q.bindings, page(t.pagePath), { userAgent: UA.whatsapp })
    await visit(q.bindings, page(t.pagePath), { headers: { cookie: 'theme=dark; vitrine_session=anything' } })
    const excluded = q.events().map((e) => e.excluded)
    expect(excluded).toEqual([null, 'head', 'bot', 'prefetch', 'unfurl', 'preview'])
    for (const event of q.events().slice(1)) {
      expect(event).toMatchObject({ kind: 'view', siteId: t.siteId, visitor: null })
    }
  })

  it('keeps no visitor hash and no city under Do-Not-Track or Global Privacy Control', async () => {
    const t = await createTestTenant()
    const q = recordingEvents()
    const cf = { country: 'PT', region: 'Lisbon', city: 'Lisbon' }
    await visit(q.bindings, page(t.pagePath), { headers: { dnt: '1' }, cf })
    await visit(q.bindings, page(t.pagePath), { headers: { 'sec-gpc': '1' }, cf })
    await visit(q.bindings, page(t.pagePath), { cf })
    const [dnt, gpc, plain] = q.events()
    for (const event of [dnt, gpc])
      expect(event).toMatchObject({ visitor: null, city: null, region: null, country: 'PT', excluded: null })
    expect(plain).toMatchObject({ city: 'Lisbon', country: 'PT' })
    expect(plain!.visitor).toMatch(HEX32)
  })

  it("counts the builder's draft preview and a shared preview link as the owner's previews", async () => {
    const t = await createTestTenant()
    const q = recordingEvents()
    const authorization = `Bearer ${t.token}`
    const draft = await visit(q.bindings, page(`/api/v1/sites/${t.siteId}/preview`), {
      headers: { authorization },
    })
    expect(draft.status).toBe(200)
    const created = await visit(q.bindings, page(`/api/v1/sites/${t.siteId}/preview-link`), {
      method: 'POST',
      headers: { authorization },
    })
    const { url } = JSON.parse(created.body) as { url: string }
    const shared = await visit(q.bindings, page(new URL(url).pathname))
    expect(shared.status).toBe(200)
    expect(q.events()).toHaveLength(2)
    for (const event of q.events()) {
      expect(event).toMatchObject({
        kind: 'view',
        excluded: 'preview',
        tenantId: t.tenantId,
        brandId: t.brandId,
        branchId: t.branchId,
        siteId: t.siteId,
        // The preview's address is no page's, and the shared one holds a secret.
        path: null,
        visitor: null,
      })
    }
    // A preview is the owner's: it carries no beacon.
    expect(shared.body).not.toContain('/a/collect')
    expect(shared.body).not.toContain('data-vt=')
  })
})
