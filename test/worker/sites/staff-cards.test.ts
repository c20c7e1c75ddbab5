import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { newId } from '../../../worker/lib/ids.ts'
import { call, submitForm, waitForLeads } from '../../helpers/tenant.ts'
import { addHostname, createShowcaseTenant } from './showcase.ts'

describe('staff cards', () => {
  it('shows the person in the brand’s look, with direct lines, vCard, QR code and form', async () => {
    const t = await createShowcaseTenant()
    const card = `${t.pagePath}/maria-rossi`
    const res = await call(card)
    expect(res.status).toBe(200)
    const html = res.body as string
    expect(html).toContain('<title>Maria Rossi · Trattoria Uno</title>')
    expect(html).toContain('<h1>Maria Rossi</h1>')
    expect(html).toContain('<p>Head chef</p>')
    expect(html).toMatch(
      new RegExp(
        `<img src="/media/${t.tenantId}/${t.media.photo}.png" alt="Maria Rossi" width="128" height="128"`,
      ),
    )
    expect(html).toContain('href="tel:+14155550199"')
    expect(html).toContain('href="https://wa.me/14155550198"')
    expect(html).toContain('href="mailto:maria@trattoria.example.com"')
    expect(html).toContain(`href="${card}/vcard">Save contact</a>`)
    expect(html).toMatch(
      /<svg class="qr" viewBox="0 0 (\d+) \1" role="img" aria-label="Scan to open this card on a phone"><path d="M0 0h7v1h-7z/,
    )
    expect(html).toContain(`<form method="post" action="${card}/leads" class="f">`)
    expect(html).toContain(`<a href="${t.pagePath}">Trattoria Uno · Main Street</a>`)
    expect(html).toContain('--pr:#7c2d12')
    expect(res.headers.get('content-security-policy')).not.toContain('unsafe')
    expect((await call(card)).headers.get('x-vitrine-cache')).toBe('hit')
  })

  it('gives the leads from a card to its person', async () => {
    const t = await createShowcaseTenant()
    const res = await submitForm(`${t.pagePath}/maria-rossi`, {
      name: 'Card Visitor',
      email: 'cv@example.com',
      message: 'Catering?',
    })
    expect(res.status).toBe(202)
    const [lead] = await waitForLeads(t, 1)
    expect(lead).toMatchObject({
      id: res.body.leadId,
      source: 'staff_card',
      staffId: t.staffId,
      branchId: t.branchId,
      message: 'Catering?',
      booking: null,
    })
  })

  it('thanks a visitor without scripts in the page’s language, naming the person', async () => {
    const t = await createShowcaseTenant({ languages: ['es'] })
    const res = await submitForm(
      `${t.pagePath}/maria-rossi`,
      { name: 'Lucía', phone: '+34 600 000 000', language: 'es' },
      { accept: 'text/html' },
    )
    expect(res.status).toBe(202)
    expect(res.body).toContain('<html lang="es" dir="ltr">')
    expect(res.body).toContain('Maria Rossi ha recibido tu mensaje')
    expect(res.body).toContain(`href="${t.pagePath}/maria-rossi?lang=es">Volver</a>`)
  })

  it('takes a booking request from the page as a booking lead', async () => {
    const t = await createShowcaseTenant()
    const res = await submitForm(t.pagePath, {
      formKind: 'booking',
      service: 'Tasting menu',
      preferredDate: '2099-05-01',
      preferredTime: '19:30',
      name: 'Booker',
      phone: '+1 415 555 0123',
    })
    expect(res.status).toBe(202)
    const [lead] = await waitForLeads(t, 1)
    expect(lead).toMatchObject({
      source: 'booking_request',
      staffId: null,
      booking: { service: 'Tasting menu', preferredDate: '2099-05-01', preferredTime: '19:30' },
    })
    const bad = await submitForm(t.pagePath, {
      formKind: 'booking',
      name: 'No date',
      phone: '+1 415 555 0123',
    })
    expect(bad.status).toBe(400)
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toContain('preferredDate')
  })

  it('lists published staff in the team section and serves no card for the others', async () => {
    const t = await createShowcaseTenant({ staffPublished: false })
    expect((await call(`${t.pagePath}/maria-rossi`)).status).toBe(404)
    expect((await call(t.pagePath)).body).not.toContain('maria-rossi')
    const post = await submitForm(`${t.pagePath}/maria-rossi`, { name: 'X', email: 'x@example.com' })
    expect(post.status).toBe(404)
  })

  it('serves cards on tenant hostnames too', async () => {
    const t = await createShowcaseTenant()
    const brandHost = await addHostname(t)
    const onBrand = await call(`/${t.branchSlug}/maria-rossi`, { host: brandHost })
    expect(onBrand.status).toBe(200)
    expect(onBrand.body).toContain(`action="/${t.branchSlug}/maria-rossi/leads"`)
    const other = await createShowcaseTenant()
    const branchHost = await addHostname(other, other.branchId)
    const onBranch = await call('/maria-rossi', { host: branchHost })
    expect(onBranch.body).toContain('action="/maria-rossi/leads"')
    expect(onBranch.body).toContain('href="/maria-rossi/vcard"')
    const viaHost = await call('/maria-rossi/leads', {
      host: branchHost,
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'name=Host+Visitor&email=hv%40example.com',
    })
    expect(viaHost.status).toBe(202)
    const [stored] = await waitForLeads(other, 1)
    expect(stored).toMatchObject({ staffId: other.staffId, source: 'staff_card' })
  })

  it('redirects a renamed person’s old card address', async () => {
    const t = await createShowcaseTenant()
    await env.DB.prepare("update staff_members set slug = 'maria' where id = ?").bind(t.staffId).run()
    await env.DB.prepare(
      "insert into slug_redirects (id, tenant_id, kind, scope_id, from_slug, target_id) values (?, ?, 'staff', ?, 'maria-rossi', ?)",
    )
      .bind(newId('slugRedirect'), t.tenantId, t.branchId, t.staffId)
      .run()
    const res = await call(`${t.pagePath}/maria-rossi/vcard`, { redirect: 'manual' })
    expect(res.status).toBe(301)
    expect(res.headers.get('location')).toBe(`${t.pagePath}/maria/vcard`)
  })
})
