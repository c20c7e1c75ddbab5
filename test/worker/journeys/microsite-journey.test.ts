// Issue #4's "done when", through the public API and the visitor surface with the real queues,
// KV, R2 and the local server that speaks Cloudflare's custom hostnames API: a user builds a
// branch site from a template, publishes it, opens it on our host and on their own hostname,
// in two languages, and saves the contact.
import { describe, expect, it } from 'vitest'
import { call, createTestTenant, type TestTenant } from '../../helpers/tenant.ts'
import { fake, pollUntilChecked } from '../domains/helpers.ts'
import { png, upload } from '../media/media-files.ts'

async function uploadLogo(t: TestTenant) {
  const res = await upload(t.token, { bytes: png(64, 64), name: 'logo.png', type: 'image/png' })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body as { id: string; url: string }
}

type Section = { id: string; type: string; headline?: Record<string, string> }

describe('a branch site from template to custom hostname', () => {
  it('is built, published, served on both hosts in two languages, and saved as a contact', async () => {
    const t = await createTestTenant()

    // The brand and its new branch, with the facts the page shows.
    const logo = await uploadLogo(t)
    const brand = await t.post('/api/v1/brands', {
      name: 'Casa Verde',
      colors: { primary: '#14532d' },
      logoMediaId: logo.id,
    })
    expect(brand.status, JSON.stringify(brand.body)).toBe(201)
    const branch = await t.post('/api/v1/branches', {
      brandId: brand.body.id,
      name: 'Old Town',
      address: {
        line1: '4 Plaza Mayor',
        city: 'Madrid',
        country: 'ES',
        latitude: 40.4155,
        longitude: -3.7074,
      },
      phones: [{ label: 'Reservations', number: '+34 910 000 000' }],
      whatsapp: '+34 600 000 000',
      email: 'oldtown@casaverde.example',
      hours: { weekly: { mon: [{ open: '12:00', close: '23:00' }] } },
    })
    expect(branch.status, JSON.stringify(branch.body)).toBe(201)
    const { siteId, path } = branch.body as { siteId: string; path: string }
    expect(path).toBe(`/${brand.body.slug}/old-town`)

    // The builder: a template, our own headline in English and Spanish, and Spanish offered.
    const templated = await t.post(`/api/v1/sites/${siteId}/template`, { template: 'restaurant' })
    expect(templated.status).toBe(200)
    const draft = templated.body.draft as { languages: string[]; sections: Section[] }
    const hero = draft.sections.find((s) => s.type === 'hero')!
    hero.headline = { en: 'Tapas on the plaza', es: 'Tapas en la plaza' }
    draft.languages = ['es']
    const saved = await call(`/api/v1/sites/${siteId}/draft`, {
      method: 'PUT',
      token: t.token,
      body: JSON.stringify({ content: draft, expectedUpdatedAt: templated.body.draftUpdatedAt }),
    })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    expect(saved.body.status).toBe('draft')
    expect((await call(path)).status).toBe(404)

    const published = await t.post(`/api/v1/sites/${siteId}/publish`, { note: 'Opening day' })
    expect(published.status, JSON.stringify(published.body)).toBe(201)

    // Our host, in both languages.
    const english = await call(path, { headers: { accept: 'text/html' } })
    expect(english.status).toBe(200)
    expect(english.body).toContain('Tapas on the plaza')
    expect(english.body).toMatch(/<html lang="en"/)
    expect(english.body).toContain(`hreflang="es"`)
    const spanish = await call(`${path}?lang=es`)
    expect(spanish.status).toBe(200)
    expect(spanish.body).toContain('Tapas en la plaza')
    expect(spanish.body).toMatch(/<html lang="es"/)

    // Their own hostname, registered through the custom hostnames API and activated by the cron.
    const hostname = `oldtown-${crypto.randomUUID().slice(0, 8)}.casaverde.example`
    const added = await t.post('/api/v1/domains', {
      hostname,
      brandId: brand.body.id,
      branchId: branch.body.id,
      includeWww: false,
    })
    expect(added.status, JSON.stringify(added.body)).toBe(201)
    expect(added.body.status).toBe('pending')
    expect(added.body.records.map((r: { type: string }) => r.type).sort()).toEqual(['CNAME', 'TXT', 'TXT'])
    expect((await call('/', { host: hostname })).status).toBe(404)
    await fake('activate', { hostname })
    expect((await pollUntilChecked(hostname))?.status).toBe('active')

    const onTheirHost = await call('/', { host: hostname })
    expect(onTheirHost.status).toBe(200)
    expect(onTheirHost.body).toContain('Tapas on the plaza')
    expect(onTheirHost.body).toContain(`<link rel="canonical" href="https://${hostname}/"`)
    expect((await call('/?lang=es', { host: hostname })).body).toContain('Tapas en la plaza')
    // Our host names their hostname as the canonical address now.
    expect((await call(path)).body).toContain(`<link rel="canonical" href="https://${hostname}/"`)

    // Save contact: a vCard 3.0 named after the branch.
    const vcard = await call(`${path}/vcard`)
    expect(vcard.status).toBe(200)
    expect(vcard.headers.get('content-type')).toBe('text/vcard; charset=utf-8')
    expect(vcard.headers.get('content-disposition')).toContain('filename="Old Town.vcf"')
    const card = (vcard.body as string).replaceAll('\r\n ', '')
    expect(card).toMatch(/^BEGIN:VCARD\r\nVERSION:3\.0\r\n/)
    expect(card).toContain('ORG:Casa Verde')
    expect(card).toContain('+34 910 000 000')
    expect(card).toContain('oldtown@casaverde.example')
    expect(card).toContain('Plaza Mayor')
    expect(card).toMatch(/PHOTO;ENCODING=b;TYPE=PNG:/)
    expect(card.trimEnd().endsWith('END:VCARD')).toBe(true)
  })
})
