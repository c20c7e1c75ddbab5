import { describe, expect, it } from 'vitest'
import { sha256Base64 } from '../../../worker/lib/crypto.ts'
import { call, createTestTenant } from '../../helpers/tenant.ts'
import { gzipSize } from '../sites/showcase.ts'
import { CONSENT_TEXT, createForm, everyFieldForm, MARKETING_TEXT, showFormOnPage } from './form-helpers.ts'

const formHtml = (html: string) => html.match(/<form method="post"[\s\S]*?<\/form>/)![0]
const inlineScripts = (html: string) => [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!)

describe('a saved form on the microsite', () => {
  it('renders every field type server-side, with labels, help, required marks and bounds', async () => {
    const t = await createTestTenant()
    const form = await createForm(t)
    await showFormOnPage(t, form.id)
    const res = await call(t.pagePath)
    expect(res.status).toBe(200)
    const html = formHtml(res.body)
    const id = (key: string) => `lead-form-${key}`
    // Text with its label and required mark; the star is not read out, `required` says it.
    expect(html).toContain(
      `<label for="${id('name')}">Your name<span class="rq" aria-hidden="true"> *</span></label>`,
    )
    expect(html).toMatch(
      new RegExp(
        `<input id="${id('name')}" name="name" required="" [^>]*type="text"[^>]*autocomplete="name"`,
      ),
    )
    // Help text describes its control.
    expect(html).toContain(`<p id="${id('email')}-h" class="fh">We reply within a day</p>`)
    expect(html).toMatch(
      new RegExp(
        `id="${id('email')}" name="email" required="" aria-describedby="${id('email')}-h" type="email"`,
      ),
    )
    // Phone: a country list (the field's default chosen) beside a tel input.
    expect(html).toContain(`<select id="${id('phone')}-c" name="phone_country" aria-label="Country">`)
    expect(html).toContain('<option value="IN" selected>India +91</option>')
    expect(html).toMatch(new RegExp(`<input id="${id('phone')}" name="phone" type="tel"`))
    expect(html).toMatch(new RegExp(`<textarea id="${id('message')}" name="message" maxlength="500"`))
    // Select with a first empty choice; multi-select as a group of checkboxes.
    expect(html).toMatch(new RegExp(`<select id="${id('budget')}" name="budget" required="">`))
    expect(html).toContain('<option value="high">500k and above</option>')
    expect(html).toContain('<fieldset class="fs"><legend>Rooms</legend>')
    expect(html).toContain(`<input id="${id('rooms')}-2" type="checkbox" name="rooms" value="three"/>`)
    // Date: no earlier than the branch's today, no later than the field's bound.
    expect(html).toMatch(/type="date"[^>]*min="\d{4}-\d{2}-\d{2}" max="2099-12-31"/)
    expect(html).toContain(`<input id="${id('returning')}" type="checkbox" name="returning" value="yes"/>`)
    expect(html).toContain('pattern="[A-Z]{3}-\\d{3}"')
    // Hidden UTM fields, filled by a script from the address (the server also reads the Referer).
    expect(html).toContain('<input type="hidden" name="campaign" value="" data-utm="utm_campaign"/>')
    // Consent (required) and marketing opt-in, in the owner's words.
    expect(html).toContain(`name="consent" value="yes" required=""`)
    expect(html).toContain(CONSENT_TEXT)
    expect(html).toMatch(/name="marketing" value="yes"\/>/)
    expect(html).toContain(MARKETING_TEXT)
    expect(html).toContain(`<input type="hidden" name="formId" value="${form.id}"/>`)
    expect(html).toMatch(/<input type="hidden" name="rendered_at" value="\d{13}"\/>/)
    expect(html).toContain('Request a viewing</button>')
    expect(html).toContain('Fields marked * are required.')
  })

  it('adds Turnstile with exactly the CSP it needs, and stays within 14 KB compressed', async () => {
    const t = await createTestTenant()
    const form = await createForm(t)
    await showFormOnPage(t, form.id)
    const res = await call(t.pagePath)
    expect(res.body).toContain('<div class="cf-turnstile" data-sitekey="1x00000000000000000000AA"></div>')
    expect(res.body.match(/challenges\.cloudflare\.com\/turnstile\/v0\/api\.js/g)).toHaveLength(1)
    const csp = res.headers.get('content-security-policy')!
    const hashes = await Promise.all(inlineScripts(res.body).map((s) => sha256Base64(s)))
    expect(hashes).toHaveLength(3) // the idempotency key, the UTM fields and the analytics beacon
    expect(csp).toContain(
      `script-src ${hashes.map((h) => `'sha256-${h}'`).join(' ')} https://challenges.cloudflare.com`,
    )
    expect(csp).toContain('frame-src https://challenges.cloudflare.com')
    expect(csp).not.toContain('unsafe')
    expect(await gzipSize(res.body)).toBeLessThan(14 * 1024)
  })

  it('leaves Turnstile out when the form does not ask for it', async () => {
    const t = await createTestTenant()
    const form = await createForm(t, { ...everyFieldForm(), turnstile: false })
    await showFormOnPage(t, form.id)
    const res = await call(t.pagePath)
    expect(res.body).not.toContain('cf-turnstile')
    expect(res.headers.get('content-security-policy')).not.toContain('challenges.cloudflare.com')
  })

  it('shows a change to the form at once, and the built-in form once it is archived', async () => {
    const t = await createTestTenant()
    const form = await createForm(t)
    await showFormOnPage(t, form.id)
    expect((await call(t.pagePath)).body).toContain('Request a viewing')
    const changed = await call(`/api/v1/forms/${form.id}`, {
      method: 'PATCH',
      token: t.token,
      body: JSON.stringify({ submitLabel: 'Book a viewing' }),
    })
    expect(changed.status).toBe(200)
    expect((await call(t.pagePath)).body).toContain('Book a viewing</button>')
    await call(`/api/v1/forms/${form.id}`, { method: 'DELETE', token: t.token })
    const after = await call(t.pagePath)
    expect(after.body).not.toContain('name="formId"')
    expect(formHtml(after.body)).toContain('name="email" type="email"')
  })

  it('ignores a form id of another site or organisation, showing the built-in form', async () => {
    const owner = await createTestTenant()
    const other = await createTestTenant()
    const form = await createForm(owner)
    await showFormOnPage(other, form.id)
    const res = await call(other.pagePath)
    expect(res.status).toBe(200)
    expect(res.body).not.toContain(form.id)
    expect(res.body).not.toContain('Viewing request')
  })

  it('escapes the owner’s words', async () => {
    const t = await createTestTenant()
    const form = await createForm(t, {
      name: 'X',
      fields: [
        { key: 'name', type: 'text', label: '<script>alert(1)</script>' },
        { key: 'email', type: 'email', label: 'Email', help: '"><img src=x onerror=alert(1)>' },
      ],
      consent: { text: '<b>I agree</b>' },
    })
    await showFormOnPage(t, form.id)
    const html = (await call(t.pagePath)).body
    expect(html).not.toContain('<script>alert(1)')
    expect(html).not.toContain('<img src=x')
    expect(html).toContain('&lt;b&gt;I agree&lt;/b&gt;')
  })
})
