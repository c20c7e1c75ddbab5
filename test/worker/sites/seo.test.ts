import { createExecutionContext, env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { createCtx } from '../../../worker/context.ts'
import { createLogger } from '../../../worker/lib/log.ts'
import { purgePages } from '../../../worker/modules/sites/index.ts'
import { call, createTestTenant } from '../../helpers/tenant.ts'
import { addHostname, createShowcaseTenant } from './showcase.ts'

const ORIGIN = 'http://localhost:8787'
const meta = (html: string, attr: 'name' | 'property', key: string) =>
  html.match(new RegExp(`<meta ${attr}="${key}" content="([^"]*)"/>`))?.[1]
const canonicalOf = (html: string) => html.match(/<link rel="canonical" href="([^"]+)"\/>/)?.[1]
const jsonLdOf = (html: string) =>
  JSON.parse(html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]!)

describe('page metadata', () => {
  it('takes title and description from the site’s SEO copy, else from the page', async () => {
    const t = await createShowcaseTenant({
      languages: ['es'],
      seo: {
        title: { en: 'Trattoria Uno SF', es: 'Trattoria Uno en SF' },
        description: { en: 'Pasta by the bay' },
      },
    })
    const en = (await call(t.pagePath)).body
    expect(en).toContain('<title>Trattoria Uno SF</title>')
    expect(meta(en, 'name', 'description')).toBe('Pasta by the bay')
    const es = (await call(`${t.pagePath}?lang=es`)).body
    expect(es).toContain('<title>Trattoria Uno en SF</title>')
    const plain = (await call((await createShowcaseTenant()).pagePath)).body
    expect(plain).toContain('<title>Main Street · Trattoria Uno</title>')
    expect(meta(plain, 'name', 'description')).toBe('Fresh pasta every day')
  })

  it('has Open Graph and Twitter cards with an absolute image', async () => {
    const t = await createShowcaseTenant()
    const html = (await call(t.pagePath)).body
    expect(meta(html, 'property', 'og:title')).toBe('Main Street · Trattoria Uno')
    expect(meta(html, 'property', 'og:url')).toBe(`${ORIGIN}${t.pagePath}`)
    expect(meta(html, 'property', 'og:image')).toBe(`${ORIGIN}/media/${t.tenantId}/${t.media.hero}.png`)
    expect(meta(html, 'name', 'twitter:card')).toBe('summary_large_image')
  })

  it('is canonical on our host until a tenant hostname serves it, then on that hostname', async () => {
    const t = await createShowcaseTenant()
    expect(canonicalOf((await call(t.pagePath)).body)).toBe(`${ORIGIN}${t.pagePath}`)
    const brandHost = await addHostname(t)
    const { ctx } = createCtx(env as never, createExecutionContext(), createLogger(), 'req_test')
    await purgePages(ctx, [{ tenantId: t.tenantId, brandId: t.brandId, brandSlug: t.brandSlug }])
    const viaUs = (await call(t.pagePath)).body
    expect(canonicalOf(viaUs)).toBe(`https://${brandHost}/${t.branchSlug}`)
    expect(canonicalOf((await call(`/${t.branchSlug}`, { host: brandHost })).body)).toBe(
      `https://${brandHost}/${t.branchSlug}`,
    )
    // A hostname of the branch itself wins over the brand's.
    const branchHost = await addHostname(t, t.branchId)
    await purgePages(ctx, [{ tenantId: t.tenantId, brandId: t.brandId, brandSlug: t.brandSlug }])
    const page = (await call(t.pagePath)).body
    expect(canonicalOf(page)).toBe(`https://${branchHost}/`)
    expect(jsonLdOf(page).url).toBe(`https://${branchHost}/`)
    expect(canonicalOf((await call('/maria-rossi', { host: branchHost })).body)).toBe(
      `https://${branchHost}/maria-rossi`,
    )
  })

  it('describes the branch in JSON-LD as a LocalBusiness of the template’s kind', async () => {
    const t = await createShowcaseTenant()
    const ld = jsonLdOf((await call(t.pagePath)).body)
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Restaurant',
      name: 'Trattoria Uno – Main Street',
      url: `${ORIGIN}${t.pagePath}`,
      telephone: '+1 415 555 0100',
      email: 'downtown@trattoria.example.com',
      address: {
        '@type': 'PostalAddress',
        streetAddress: '12 Market Street',
        addressLocality: 'San Francisco',
        addressRegion: 'CA',
        postalCode: '94103',
        addressCountry: 'US',
      },
      geo: { '@type': 'GeoCoordinates', latitude: 37.7936, longitude: -122.3965 },
      aggregateRating: { '@type': 'AggregateRating', ratingValue: 4.5, reviewCount: 2, bestRating: 5 },
      sameAs: ['https://instagram.com/trattoria', 'https://trattoria.example.com'],
      image: `${ORIGIN}/media/${t.tenantId}/${t.media.hero}.png`,
    })
    expect(ld.openingHoursSpecification).toContainEqual({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: ['https://schema.org/Tuesday'],
      opens: '11:00',
      closes: '23:00',
    })
    expect(ld.specialOpeningHoursSpecification).toContainEqual({
      '@type': 'OpeningHoursSpecification',
      validFrom: '2099-12-25',
      validThrough: '2099-12-25',
      opens: '00:00',
      closes: '00:00',
    })
    const clinic = await createShowcaseTenant({ template: 'clinic' })
    expect(jsonLdOf((await call(clinic.pagePath)).body)['@type']).toBe('MedicalClinic')
    const card = jsonLdOf((await call(`${t.pagePath}/maria-rossi`)).body)
    expect(card).toMatchObject({ '@type': 'Person', name: 'Maria Rossi', jobTitle: 'Head chef' })
  })

  it('keeps </script> in tenant text inside the JSON-LD string', async () => {
    const t = await createShowcaseTenant({ text: (s) => `${s}</script><!--` })
    const html = (await call(t.pagePath)).body
    // JSON-LD and the page's three scripts (open-now badge, form keys, analytics beacon).
    expect(html.match(/<\/script>/g)).toHaveLength(4)
    expect(jsonLdOf(html).name).toBe('Trattoria Uno</script><!-- – Main Street</script><!--')
  })

  it('asks not to be indexed when the site says so, and leaves it out of the sitemap', async () => {
    const t = await createShowcaseTenant({ seo: { noindex: true } })
    expect((await call(t.pagePath)).body).toContain('<meta name="robots" content="noindex"/>')
    const indexed = await createShowcaseTenant()
    expect((await call(indexed.pagePath)).body).not.toContain('noindex')
    await env.SITE_CACHE.delete('page:platform:/sitemap.xml')
    const sitemap = (await call('/sitemap.xml')).body
    expect(sitemap).toContain(`<loc>${ORIGIN}${indexed.pagePath}</loc>`)
    expect(sitemap).not.toContain(t.pagePath)
  })
})

describe('sitemap.xml and robots.txt', () => {
  it('lists every live branch and staff card on our host, and caches the sitemap', async () => {
    const t = await createShowcaseTenant()
    const hidden = await createShowcaseTenant({ staffPublished: false })
    await env.DB.prepare('update sites set published_version_id = null where id = ?')
      .bind(hidden.siteId)
      .run()
    const suspended = await createTestTenant()
    await env.DB.prepare("update tenants set status = 'suspended' where id = ?")
      .bind(suspended.tenantId)
      .run()
    await env.SITE_CACHE.delete('page:platform:/sitemap.xml')
    const res = await call('/sitemap.xml')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8')
    expect(res.body).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/,
    )
    expect(res.body).toMatch(
      new RegExp(`<url><loc>${ORIGIN}${t.pagePath}</loc><lastmod>\\d{4}-\\d{2}-\\d{2}</lastmod></url>`),
    )
    expect(res.body).toContain(`<loc>${ORIGIN}${t.pagePath}/maria-rossi</loc>`)
    expect(res.body).toContain(`<loc>${ORIGIN}/${t.brandSlug}</loc>`)
    expect(res.body).not.toContain(hidden.pagePath)
    expect(res.body).not.toContain(suspended.pagePath)
    expect(await env.SITE_CACHE.get('page:platform:/sitemap.xml')).toBe(res.body)
    expect((await call('/sitemap.xml')).headers.get('x-vitrine-cache')).toBe('hit')
  })

  it('lists a brand hostname’s branches there, and a branch hostname’s page at /', async () => {
    const t = await createShowcaseTenant()
    const brandHost = await addHostname(t)
    await env.SITE_CACHE.delete('page:platform:/sitemap.xml')
    expect((await call('/sitemap.xml')).body).not.toContain(t.pagePath)
    const brandMap = (await call('/sitemap.xml', { host: brandHost })).body
    expect(brandMap).toContain(`<loc>https://${brandHost}/</loc>`)
    expect(brandMap).toContain(`<loc>https://${brandHost}/${t.branchSlug}</loc>`)
    expect(brandMap).toContain(`<loc>https://${brandHost}/${t.branchSlug}/maria-rossi</loc>`)
    const other = await createShowcaseTenant()
    const branchHost = await addHostname(other, other.branchId)
    const branchMap = (await call('/sitemap.xml', { host: branchHost })).body
    expect(branchMap).toContain(`<loc>https://${branchHost}/</loc>`)
    expect(branchMap).toContain(`<loc>https://${branchHost}/maria-rossi</loc>`)
    expect(branchMap.match(/<loc>/g)).toHaveLength(2)
  })

  it('names each host’s sitemap in its robots.txt', async () => {
    const platform = await call('/robots.txt')
    expect(platform.status).toBe(200)
    expect(platform.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(platform.body).toContain('User-agent: *')
    expect(platform.body).toContain('Disallow: /api/')
    expect(platform.body).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`)
    const t = await createTestTenant()
    const host = await addHostname(t)
    expect((await call('/robots.txt', { host })).body).toContain(`Sitemap: https://${host}/sitemap.xml`)
    expect((await call('/robots.txt', { host: 'unknown.example' })).status).toBe(404)
  })
})
