import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { call } from '../../helpers/tenant.ts'
import { createShowcaseTenant } from './showcase.ts'

describe('languages', () => {
  it('switches language with ?lang=, with the switcher and hreflang alternates as plain links', async () => {
    const t = await createShowcaseTenant({ languages: ['es'] })
    const en = (await call(t.pagePath)).body
    expect(en).toContain('<html lang="en" dir="ltr">')
    expect(en).toContain(`<a href="${t.pagePath}?lang=es" hreflang="es" lang="es">Español</a>`)
    expect(en).toContain(`<a href="${t.pagePath}" hreflang="en" lang="en" aria-current="page">English</a>`)
    expect(en).toMatch(
      /<link rel="alternate" hreflang="es" href="http:\/\/localhost:8787\/[^"]+\?lang=es"\/>/,
    )
    expect(en).toMatch(/<link rel="alternate" hreflang="x-default" href="http:\/\/localhost:8787\/[^"?]+"\/>/)

    const es = await call(`${t.pagePath}?lang=es`)
    expect(es.status).toBe(200)
    expect(es.body).toContain('<html lang="es" dir="ltr">')
    expect(es.body).toContain('Pasta fresca cada día')
    // Copy without a Spanish version falls back to the default language.
    expect(es.body).toContain('Since 1998')
    // Standard headings, chrome strings and weekday names in Spanish.
    expect(es.body).toContain('<h2 id="s-about-h">Sobre nosotros</h2>')
    expect(es.body).toContain('>Llamar · Front desk</a>')
    expect(es.body).toContain('<th scope="row">lunes</th>')
    expect(es.body).toContain(`<link rel="canonical" href="http://localhost:8787${t.pagePath}?lang=es"/>`)
    expect(es.body).toContain('<input type="hidden" name="language" value="es"/>')
  })

  it('caches each language under its own key, and nothing for other query parameters', async () => {
    const t = await createShowcaseTenant({ languages: ['es'] })
    await call(`${t.pagePath}?lang=es&utm_source=qr`)
    expect((await call(`${t.pagePath}?utm_medium=print&lang=es`)).headers.get('x-vitrine-cache')).toBe('hit')
    const keys = (await env.SITE_CACHE.list({ prefix: `page:platform:${t.pagePath}` })).keys.map(
      (k) => k.name,
    )
    expect(keys).toEqual([`page:platform:${t.pagePath}?lang=es`])
  })

  it('sends a language the site does not offer to the default page, without caching it', async () => {
    const t = await createShowcaseTenant({ languages: ['es'] })
    const res = await call(`${t.pagePath}?lang=fr`, { redirect: 'manual' })
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe(t.pagePath)
    expect(await env.SITE_CACHE.get(`page:platform:${t.pagePath}?lang=fr`)).toBeNull()
  })

  it('lays out right-to-left languages with dir=rtl and logical CSS', async () => {
    const t = await createShowcaseTenant({ languages: ['ar', 'he'] })
    const ar = (await call(`${t.pagePath}?lang=ar`)).body
    expect(ar).toContain('<html lang="ar" dir="rtl">')
    expect(ar).toContain('<h2 id="s-about-h">من نحن</h2>')
    expect(ar).toContain('>اتصل · Front desk</a>')
    expect(ar).toContain(
      `<a href="${t.pagePath}?lang=ar" hreflang="ar" lang="ar" aria-current="page">العربية</a>`,
    )
    const he = (await call(`${t.pagePath}?lang=he`)).body
    expect(he).toContain('<html lang="he" dir="rtl">')
    expect(he).toContain('שעות פתיחה')
    // Physical left/right would not mirror; the stylesheet uses inline/block properties only.
    const css = ar.match(/<style>([\s\S]*?)<\/style>/)![1]!
    expect(css).not.toMatch(
      /(margin|padding|border)-(left|right)|[{;](left|right):|text-align:(left|right)|float:/,
    )
  })

  it('renders a right-to-left default language at the bare path', async () => {
    const t = await createShowcaseTenant({ defaultLanguage: 'ar', languages: ['en'] })
    const res = await call(t.pagePath)
    expect(res.body).toContain('<html lang="ar" dir="rtl">')
    expect(res.body).toContain('<h2 id="s-hours-h">ساعات العمل</h2>')
    expect(res.body).toContain(`<a href="${t.pagePath}?lang=en" hreflang="en" lang="en">English</a>`)
  })

  it('names languages without chrome strings in English chrome, with Intl formats of their own', async () => {
    const t = await createShowcaseTenant({ languages: ['it'] })
    const it_ = (await call(`${t.pagePath}?lang=it`)).body
    expect(it_).toContain('<html lang="it" dir="ltr">')
    expect(it_).toContain('<h2 id="s-about-h">About us</h2>')
    expect(it_).toContain('<th scope="row">lunedì</th>')
  })
})
