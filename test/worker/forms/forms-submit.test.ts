import { createExecutionContext, env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { createCtx } from '../../../worker/context.ts'
import { createLogger } from '../../../worker/lib/log.ts'
import { readSubmission } from '../../../worker/modules/leads/forms/read-submission.ts'
import { call, createTestTenant, type TestTenant } from '../../helpers/tenant.ts'
import {
  CONSENT_TEXT,
  createForm,
  everyFieldForm,
  goodPost,
  MARKETING_TEXT,
  showFormOnPage,
} from './form-helpers.ts'

const ctx = () => createCtx(env as never, createExecutionContext(), createLogger(), 'req_test').ctx

const targetOf = (t: TestTenant) => ({
  tenantId: t.tenantId,
  brandId: t.brandId,
  branchId: t.branchId,
  siteId: t.siteId,
  staffId: null,
})

function formPost(t: TestTenant, fields: [string, string][], headers: Record<string, string> = {}) {
  return new Request(`http://localhost${t.pagePath}/leads`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  })
}

const postForm = (t: TestTenant, fields: [string, string][], headers: Record<string, string> = {}) =>
  call(`${t.pagePath}/leads`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  })

const without = (fields: [string, string][], ...names: string[]) => fields.filter(([n]) => !names.includes(n))
const replaced = (fields: [string, string][], name: string, value: string) =>
  fields.map(([n, v]): [string, string] => [n, n === name ? value : v])

async function tenantWithForm(body?: object) {
  const t = await createTestTenant()
  const form = await createForm(t, body)
  await showFormOnPage(t, form.id)
  return { t, formId: form.id }
}

describe('reading a saved form post', () => {
  it('sorts the answers into contact, fields, consent and UTM', async () => {
    const { t, formId } = await tenantWithForm()
    const submission = await readSubmission(ctx(), targetOf(t), formPost(t, goodPost(formId)))
    expect(submission).toMatchObject({
      formId,
      formKind: 'lead',
      contact: { name: 'Asha Rao', email: 'asha@example.com', phone: '98123 45678' },
      phoneCountry: 'IN',
      message: 'Two bedrooms, near the park',
      fields: {
        budget: 'high',
        rooms: 'one, three',
        visit_on: '2099-06-01',
        returning: 'yes',
        ref_code: 'ABC-123',
      },
      utm: { campaign: 'spring' },
      booking: null,
      honeypot: null,
      turnstileToken: null,
      turnstileRequired: true,
      renderedAt: 1700000000000,
    })
    expect(submission.consent?.contact).toEqual({
      text: CONSENT_TEXT,
      version: expect.stringMatching(/^[0-9a-f]{12}$/),
      at: expect.any(String),
    })
    // Not ticked: no opt-in is recorded.
    expect(submission.consent?.marketing).toBeNull()
  })

  it('records a marketing opt-in only when ticked, and versions the wording', async () => {
    const { t, formId } = await tenantWithForm()
    const fields = [...goodPost(formId), ['marketing', 'yes'] as [string, string]]
    const first = await readSubmission(ctx(), targetOf(t), formPost(t, fields))
    expect(first.consent?.marketing).toMatchObject({ text: MARKETING_TEXT })
    const again = await readSubmission(ctx(), targetOf(t), formPost(t, fields))
    expect(again.consent?.marketing?.version).toBe(first.consent?.marketing?.version)
    expect(again.consent?.marketing?.version).not.toBe(first.consent?.contact?.version)
  })

  it('reads UTM parameters from a same-origin Referer when no hidden field carries them', async () => {
    const { t, formId } = await tenantWithForm()
    const fields = replaced(goodPost(formId), 'campaign', '')
    const page = `http://localhost${t.pagePath}?utm_source=flyer&utm_campaign=autumn`
    const same = await readSubmission(ctx(), targetOf(t), formPost(t, fields, { referer: page }))
    expect(same.utm).toEqual({ source: 'flyer', campaign: 'autumn' })
    const foreign = await readSubmission(
      ctx(),
      targetOf(t),
      formPost(t, fields, { referer: 'https://evil.example/?utm_source=fake' }),
    )
    expect(foreign.utm).toBeNull()
  })

  it('takes the Turnstile token and the honeypot as posted', async () => {
    const { t, formId } = await tenantWithForm()
    const fields = [
      ...replaced(goodPost(formId), 'website', 'http://spam.example'),
      ['cf-turnstile-response', 'XXXX.DUMMY.TOKEN'] as [string, string],
    ]
    const submission = await readSubmission(ctx(), targetOf(t), formPost(t, fields))
    expect(submission.turnstileToken).toBe('XXXX.DUMMY.TOKEN')
    expect(submission.honeypot).toBe('http://spam.example')
  })

  it('refuses what breaks the rules, naming each field', async () => {
    const { t, formId } = await tenantWithForm()
    const bad = [
      ...without(goodPost(formId), 'consent', 'budget', 'rooms', 'ref_code', 'visit_on', 'email', 'phone'),
      ['rooms', 'four'],
      ['ref_code', 'abc'],
      ['visit_on', '2001-01-01'],
      ['email', 'not-an-email'],
      ['phone', '12'],
    ] as [string, string][]
    const error = await readSubmission(ctx(), targetOf(t), formPost(t, bad)).catch((e) => e)
    expect(error.status).toBe(400)
    expect(
      Object.fromEntries(
        error.extra.errors.map((e: { path: string; message: string }) => [e.path, e.message]),
      ),
    ).toMatchObject({
      email: 'That email address does not look right',
      budget: 'Please choose an option',
      'rooms.0': 'Please choose from the options',
      visit_on: expect.stringMatching(/^Please pick \d{4}-\d{2}-\d{2} or later$/),
      ref_code: 'Use the form ABC-123',
      consent: 'Please tick to agree',
    })
  })

  it('checks a phone number in its country', async () => {
    const { t, formId } = await tenantWithForm()
    const bad = replaced(goodPost(formId), 'phone', '12345')
    const error = await readSubmission(ctx(), targetOf(t), formPost(t, bad)).catch((e) => e)
    expect(error.extra.errors).toEqual([{ path: 'phone', message: 'That phone number does not look right' }])
    const international = replaced(
      replaced(goodPost(formId), 'phone', '+44 7911 123456'),
      'phone_country',
      '',
    )
    const ok = await readSubmission(ctx(), targetOf(t), formPost(t, international))
    expect(ok.contact.phone).toBe('+44 7911 123456')
  })

  it('answers 404 for an unknown form, an archived one and one of another site', async () => {
    const { t, formId } = await tenantWithForm()
    const other = await createTestTenant()
    const otherForm = await createForm(other)
    const unknown = await readSubmission(ctx(), targetOf(t), formPost(t, goodPost('lfm_nope'))).catch(
      (e) => e,
    )
    expect(unknown.status).toBe(404)
    const foreign = await readSubmission(ctx(), targetOf(t), formPost(t, goodPost(otherForm.id))).catch(
      (e) => e,
    )
    expect(foreign.status).toBe(404)
    await call(`/api/v1/forms/${formId}`, { method: 'DELETE', token: t.token })
    const archived = await postForm(t, goodPost(formId))
    expect(archived.status).toBe(404)
    expect(archived.body.code).toBe('NOT_FOUND')
  })
})

describe('posting a saved form', () => {
  it('is accepted with 202', async () => {
    const { t, formId } = await tenantWithForm()
    const res = await postForm(t, goodPost(formId))
    expect(res.status).toBe(202)
    expect(res.body).toMatchObject({ status: 'accepted', leadId: expect.stringMatching(/^lead_/) })
  })

  it("thanks a browser in the form's own words when its owner wrote some", async () => {
    const { t, formId } = await tenantWithForm({
      ...everyFieldForm(),
      successMessage: 'We will call you <today>.',
    })
    const res = await postForm(t, goodPost(formId), { accept: 'text/html' })
    expect(res.status).toBe(202)
    expect(res.body).toContain('We will call you &lt;today&gt;.')
  })

  it('answers a script with a problem naming the fields', async () => {
    const { t, formId } = await tenantWithForm()
    const res = await call(`${t.pagePath}/leads`, {
      method: 'POST',
      body: JSON.stringify({ formId, name: 'Asha', email: 'nope', budget: 'low', rooms: ['one', 'nine'] }),
    })
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        { path: 'email', message: 'That email address does not look right' },
        { path: 'rooms.1', message: 'Please choose from the options' },
        { path: 'consent', message: 'Please tick to agree' },
      ]),
    )
  })

  it('shows a browser without scripts the form again, with its values and errors beside the fields', async () => {
    const { t, formId } = await tenantWithForm()
    const bad = replaced(without(goodPost(formId), 'consent'), 'email', 'asha@')
    const res = await postForm(t, bad, { accept: 'text/html' })
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toContain('text/html')
    const html: string = res.body
    expect(html).toContain('Your message was not sent')
    // A summary, focused on arrival, linking to each field.
    expect(html).toMatch(/<div class="es" role="alert" tabindex="-1" aria-labelledby="es-h" autofocus="">/)
    expect(html).toContain('<a href="#f-email">Email: That email address does not look right</a>')
    expect(html).toContain('<a href="#f-consent">Please tick to agree</a>')
    // Each wrong field marked invalid and described by its error, with what was typed kept.
    expect(html).toContain('<p id="f-email-e" class="fe">That email address does not look right</p>')
    expect(html).toMatch(
      /<input id="f-email" name="email" required="" aria-invalid="true" aria-describedby="f-email-h f-email-e" type="email" value="asha@"/,
    )
    expect(html).toMatch(
      /id="f-consent" type="checkbox" name="consent" value="yes" required="" aria-invalid="true"/,
    )
    expect(html).toContain('value="Asha Rao"')
    expect(html).toContain('<option value="high" selected="">500k and above</option>')
    expect(html).toMatch(/id="f-rooms-0" type="checkbox" name="rooms" value="one" checked=""/)
    expect(html).toMatch(/id="f-rooms-1" type="checkbox" name="rooms" value="two"\/>/)
    expect(html).toContain('<option value="IN" selected>India +91</option>')
    expect(html).toContain('>Two bedrooms, near the park</textarea>')
    expect(html).toContain(`<input type="hidden" name="formId" value="${formId}"/>`)
    expect(html).toContain(`<form method="post" action="${t.pagePath}/leads" class="f">`)
    expect(html).toContain(`href="${t.pagePath}"`)
    // Nothing inline but the hashed stylesheet; the form posts back here.
    const csp = res.headers.get('content-security-policy')!
    expect(csp).toContain("form-action 'self'")
    expect(csp).toContain('script-src https://challenges.cloudflare.com')
    expect(html).not.toMatch(/\sstyle="/)
  })

  it('shows the built-in form again too, with its errors', async () => {
    const t = await createTestTenant()
    const res = await postForm(
      t,
      [
        ['name', 'Fay'],
        ['email', 'fay@'],
        ['message', 'Hello <there>'],
      ],
      {
        accept: 'text/html',
      },
    )
    expect(res.status).toBe(400)
    expect(res.body).toContain('<a href="#f-email">Email: That email address does not look right</a>')
    expect(res.body).toContain('value="Fay"')
    expect(res.body).toContain('>Hello &lt;there&gt;</textarea>')
    expect(res.body).not.toContain('name="formId"')
  })
})
