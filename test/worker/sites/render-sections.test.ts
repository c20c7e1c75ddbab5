import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { sha256Base64 } from '../../../worker/lib/crypto.ts'
import { newId } from '../../../worker/lib/ids.ts'
import { SiteContent, TEMPLATE_IDS } from '../../../worker/modules/sites/content/site-content.ts'
import { newSiteContent } from '../../../worker/modules/sites/content/templates.ts'
import { call, createTestTenant } from '../../helpers/tenant.ts'
import { createShowcaseTenant, gzipSize, publishContent, seedDemo } from './showcase.ts'

const inlineScripts = (html: string) => [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!)
const styleOf = (html: string) => html.match(/<style>([\s\S]*?)<\/style>/)![1]!
const sectionHtml = (html: string, id: string) =>
  html.match(new RegExp(`<section id="s-${id}"[\\s\\S]*?</section>`))![0]

describe('every section type', () => {
  it('renders each section from the branch’s details and the site’s copy', async () => {
    const t = await createShowcaseTenant()
    const { body: html, status } = await call(t.pagePath)
    expect(status).toBe(200)
    expect(sectionHtml(html, 'profile')).toMatch(
      /<h1>Trattoria Uno <span class="bn">Main Street<\/span><\/h1>/,
    )
    expect(sectionHtml(html, 'profile')).toContain('data-oh=')
    const hero = sectionHtml(html, 'hero')
    expect(hero).toContain('<h2>Handmade pasta downtown</h2>')
    expect(hero).toMatch(
      /<img src="\/media\/[^"]+" alt="" width="1600" height="900" class="bg" fetchpriority="high"/,
    )
    expect(hero).toContain('href="#s-booking">Book a table</a>')
    expect(sectionHtml(html, 'about')).toContain('<p>Family-run.</p><p>Sauces from the market.</p>')
    const services = sectionHtml(html, 'services')
    expect(services).toContain('Tasting menu')
    expect(services).toContain('$85.00')
    expect(services).toContain('2 hr')
    expect(sectionHtml(html, 'gallery')).toMatch(/alt="Our dining room" width="1" height="1" loading="lazy"/)
    expect(sectionHtml(html, 'products')).toContain('<a href="https://shop.example.com/oil">Olive oil</a>')
    const contact = sectionHtml(html, 'contact')
    expect(contact).toContain('href="tel:+14155550100"')
    expect(contact).toContain('href="https://wa.me/14155550102?text=Hello%2C%20a%20table%20for%20two%3F"')
    expect(contact).toContain('href="mailto:downtown@trattoria.example.com"')
    expect(contact).toContain(
      'href="https://www.google.com/maps/dir/?api=1&amp;destination=37.7936%2C-122.3965"',
    )
    expect(contact).toContain(`href="${t.pagePath}/vcard">Save contact</a>`)
    const hours = sectionHtml(html, 'hours')
    expect(hours).toContain('<th scope="row">Monday</th><td>11:00–15:00, 18:00–23:00</td>')
    expect(hours).toContain('<th scope="row">Wednesday</th><td>Closed</td>')
    expect(hours).toContain('Christmas')
    expect(hours).toContain('Summer break')
    expect(sectionHtml(html, 'lead-form')).toContain(`<form method="post" action="${t.pagePath}/leads"`)
    const payment = sectionHtml(html, 'payment')
    expect(payment).toContain('href="upi://pay?pa=trattoria@okaxis&amp;pn=Trattoria%20Uno&amp;cu=INR"')
    expect(payment).toMatch(/<svg class="qr" viewBox="0 0 \d+ \d+" role="img"/)
    expect(payment).toContain('href="https://pay.example.com/trattoria"')
    const reviews = sectionHtml(html, 'reviews')
    expect(reviews).toContain('aria-label="4.5 out of 5"')
    expect(reviews).toContain('2 reviews')
    expect(reviews).toContain('<input type="hidden" name="formKind" value="feedback"/>')
    expect(sectionHtml(html, 'faq')).toContain('<details><summary>Do you take walk-ins?</summary>')
    const booking = sectionHtml(html, 'booking')
    expect(booking).toContain('<option value="Tasting menu">Tasting menu</option>')
    expect(booking).toContain('name="preferredDate" type="date"')
    expect(booking).toContain('name="preferredTime" type="time"')
    expect(sectionHtml(html, 'map')).toContain(
      '<address>12 Market Street<br/>San Francisco, CA 94103</address>',
    )
    expect(sectionHtml(html, 'social')).toContain('<h2 id="s-social-h">Find us online</h2>')
    expect(sectionHtml(html, 'team')).toContain(`href="${t.pagePath}/maria-rossi"`)
  })

  it('plays a hero video muted and looping, and shows its poster instead to visitors who prefer less motion', async () => {
    const t = await createShowcaseTenant()
    const video = newId('media')
    await env.DB.prepare(
      "insert into media_assets (id, tenant_id, kind, key, content_type, bytes) values (?, ?, 'video', ?, 'video/mp4', 1000)",
    )
      .bind(video, t.tenantId, `tenants/${t.tenantId}/media/${video}.mp4`)
      .run()
    await publishContent(
      t,
      SiteContent.parse({
        sections: [
          {
            id: 'hero',
            type: 'hero',
            headline: { en: 'Moving' },
            background: { kind: 'video', mediaId: video, posterMediaId: t.media.hero },
          },
        ],
      }),
      3,
    )
    const hero = sectionHtml((await call(t.pagePath)).body, 'hero')
    expect(hero).toContain(
      `<video class="bg" autoplay="" muted="" loop="" playsinline="" poster="/media/${t.tenantId}/${t.media.hero}.png" preload="auto">`,
    )
    expect(hero).toContain(
      `<source src="/media/${t.tenantId}/${video}.mp4" type="video/mp4" media="(prefers-reduced-motion: no-preference)"/>`,
    )
    expect(hero).toContain('class="bg pv"')
    expect(hero).toContain('<h1>Moving</h1>')
  })

  it('leaves out sections the branch has nothing for, and their CSS', async () => {
    const t = await createTestTenant()
    const empty = ['services', 'gallery', 'payment', 'map', 'social', 'team', 'hours'] as const
    await publishContent(t, SiteContent.parse({ sections: empty.map((type) => ({ id: type, type })) }))
    const html = (await call(t.pagePath)).body
    for (const type of empty) expect(html).not.toContain(`id="s-${type}"`)
    expect(styleOf(html)).not.toContain('.hz{')
    expect(styleOf(html)).not.toContain('.qr{')
    // With no profile or hero, the page still has its one <h1>.
    expect(html.match(/<h1>/g)).toHaveLength(1)
  })

  it('draws arcs only where asked, in the chosen colour', async () => {
    const t = await createShowcaseTenant()
    const html = (await call(t.pagePath)).body
    expect(html).toContain('class="s hr im at ab a-lg"')
    expect(styleOf(html)).toContain('#s-hero{--arc:#ff0000}')
    expect(sectionHtml(html, 'about')).toContain('class="s abt"')
  })

  it('renders a script typed into any text field as text', async () => {
    const evil = '<script>alert(1)</script>'
    const t = await createShowcaseTenant({ text: (s) => `${s}${evil}"'` })
    const res = await call(t.pagePath)
    expect(res.status).toBe(200)
    expect(res.body).not.toContain(evil)
    expect(res.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    // Only our own scripts run (JSON-LD, two page scripts, the analytics beacon); JSON-LD keeps
    // the tenant's text inside its string.
    expect(res.body.match(/<script/g)).toHaveLength(4)
    const jsonLd = res.body.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]!
    expect(jsonLd).not.toContain('<')
    expect(JSON.parse(jsonLd).name).toContain(evil)
    const card = await call(`${t.pagePath}/maria-rossi`)
    expect(card.body).not.toContain(evil)
    expect(card.body).toContain('Maria Rossi&lt;script&gt;')
  })

  it('needs no JavaScript: plain form posts and real links', async () => {
    const t = await createShowcaseTenant()
    const html = (await call(t.pagePath)).body
    const forms = [...html.matchAll(/<form ([^>]*)>/g)].map((m) => m[1])
    expect(forms).toHaveLength(3)
    for (const form of forms) expect(form).toBe(`method="post" action="${t.pagePath}/leads" class="f"`)
    expect(html).not.toMatch(/javascript:|onclick=|onload=/i)
    for (const [, href] of html.matchAll(/<a [^>]*href="([^"]*)"/g)) {
      if (href!.startsWith('#')) expect(html).toContain(`id="${href!.slice(1)}"`)
      else expect(href).toMatch(/^(https:|http:|\/|tel:|mailto:|upi:)/)
    }
  })

  it('allows exactly its inline stylesheet and scripts by hash, and has no style attributes', async () => {
    const t = await createShowcaseTenant()
    const res = await call(t.pagePath)
    const csp = res.headers.get('content-security-policy')!
    expect(csp).not.toContain('unsafe')
    expect(csp).toContain(`style-src 'sha256-${await sha256Base64(styleOf(res.body))}'`)
    const hashes = await Promise.all(inlineScripts(res.body).map((s) => sha256Base64(s)))
    // The open-now badge, the forms' idempotency keys and the analytics beacon.
    expect(hashes).toHaveLength(3)
    expect(csp).toContain(`script-src ${hashes.map((h) => `'sha256-${h}'`).join(' ')}`)
    expect(csp).toContain("frame-ancestors 'none'")
    expect(res.body).not.toMatch(/\sstyle="/)
  })

  it('keeps typical pages within 14 KB compressed: the demo, and a page with every section', async () => {
    const demo = await seedDemo()
    const page = await call(`/${demo.brandSlug}/${demo.branchSlug}`)
    expect(page.status).toBe(200)
    expect(await gzipSize(page.body)).toBeLessThan(14 * 1024)
    const everything = await createShowcaseTenant({ languages: ['es'] })
    expect(await gzipSize((await call(everything.pagePath)).body)).toBeLessThan(14 * 1024)
  })

  it('keeps every template’s starting page, on a fully described branch, within 14 KB compressed', async () => {
    for (const template of TEMPLATE_IDS) {
      const t = await createShowcaseTenant()
      await publishContent(
        t,
        newSiteContent(template, { brandName: 'Trattoria Uno', branchName: 'Main Street' }),
        3,
      )
      const res = await call(t.pagePath)
      expect(res.status).toBe(200)
      expect(await gzipSize(res.body), template).toBeLessThan(14 * 1024)
    }
  })
})
