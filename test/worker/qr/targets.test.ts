// Where each kind of target sends a scan (the absolute URL in KV), and what is refused.
import { createExecutionContext, env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { createCtx } from '../../../worker/context.ts'
import { newId } from '../../../worker/lib/ids.ts'
import { createLogger } from '../../../worker/lib/log.ts'
import { refreshQrRoutesForBranch } from '../../../worker/modules/qr/index.ts'
import { type QrRoute, qrRouteKey } from '../../../worker/modules/qr/redirect/qr-route.ts'
import { createTestTenant, type TestTenant } from '../../helpers/tenant.ts'
import { patch } from '../brands/brand-helpers.ts'

const ORIGIN = 'http://localhost:8787'
const route = async (code: string) => (await env.SITE_CACHE.get<QrRoute>(qrRouteKey(code), 'json'))!
const sql = (query: string, ...values: unknown[]) =>
  env.DB.prepare(query)
    .bind(...values)
    .run()

const create = (t: TestTenant, target: unknown, extra: Record<string, unknown> = {}) =>
  t.post('/api/v1/qr-codes', { label: 'Target test', target, ...extra })

/** Creates a code and answers its default destination as written to KV. */
async function urlFor(t: TestTenant, target: unknown, extra: Record<string, unknown> = {}) {
  const res = await create(t, target, extra)
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  const kv = await route(res.body.code)
  expect(res.body.targetUrl).toBe(kv.url)
  return { url: kv.url, code: res.body.code as string, id: res.body.id as string, kv }
}

const tags = (code: string) => `utm_source=qr&utm_medium=print&qr=${code}`

async function addHostname(t: TestTenant, hostname: string, branchId: string | null = null) {
  await sql(
    "insert into hostnames (id, tenant_id, hostname, brand_id, branch_id, status) values (?, ?, ?, ?, ?, 'active')",
    newId('hostname'),
    t.tenantId,
    hostname,
    t.brandId,
    branchId,
  )
}

describe('branch targets', () => {
  it('sends the microsite target to our host, with UTM tags and the qr attribution parameter', async () => {
    const t = await createTestTenant()
    const { url, code } = await urlFor(t, { type: 'microsite', branchId: t.branchId })
    expect(url).toBe(`${ORIGIN}${t.pagePath}?${tags(code)}`)
  })

  it('uses the active custom hostname: a brand hostname, then a branch hostname', async () => {
    const t = await createTestTenant()
    const suffix = crypto.randomUUID().slice(0, 8)
    await addHostname(t, `brand-${suffix}.example.com`)
    const brandHost = await urlFor(t, { type: 'microsite', branchId: t.branchId })
    expect(brandHost.url).toBe(`https://brand-${suffix}.example.com/main-street?${tags(brandHost.code)}`)
    // A pending hostname does not serve yet, so it is not the canonical address.
    await sql(
      "insert into hostnames (id, tenant_id, hostname, brand_id, branch_id, status) values (?, ?, ?, ?, ?, 'pending')",
      newId('hostname'),
      t.tenantId,
      `pending-${suffix}.example.com`,
      t.brandId,
      t.branchId,
    )
    expect((await urlFor(t, { type: 'microsite', branchId: t.branchId })).url).toContain(`brand-${suffix}`)
    await addHostname(t, `branch-${suffix}.example.com`, t.branchId)
    const own = await urlFor(t, { type: 'vcard', branchId: t.branchId })
    expect(own.url).toBe(`https://branch-${suffix}.example.com/vcard`)
    const page = await urlFor(t, { type: 'microsite', branchId: t.branchId })
    expect(page.url).toBe(`https://branch-${suffix}.example.com/?${tags(page.code)}`)
  })

  it('points at a section of the published or draft page, and refuses an unknown one', async () => {
    const t = await createTestTenant()
    const contact = await urlFor(t, { type: 'section', branchId: t.branchId, sectionId: 'contact' })
    expect(contact.url).toBe(`${ORIGIN}${t.pagePath}?${tags(contact.code)}#s-contact`)
    await sql(
      'update sites set draft = ? where id = ?',
      JSON.stringify({ template: 'restaurant', sections: [{ id: 'menu', type: 'products', items: [] }] }),
      t.siteId,
    )
    const menu = await urlFor(t, { type: 'section', branchId: t.branchId, sectionId: 'menu' })
    expect(menu.url).toMatch(/#s-menu$/)
    const res = await create(t, { type: 'section', branchId: t.branchId, sectionId: 'nope' })
    expect(res.status).toBe(400)
    expect(res.body.errors).toEqual([{ path: 'target.sectionId', message: 'The page has no section "nope"' }])
  })

  it("uses the template's starter sections on a site that was never edited nor published", async () => {
    const t = await createTestTenant()
    await sql('update sites set draft = null, published_version_id = null where id = ?', t.siteId)
    const section = await urlFor(t, { type: 'section', branchId: t.branchId, sectionId: 'faq' })
    expect(section.url).toBe(`${ORIGIN}${t.pagePath}?${tags(section.code)}#s-faq`)
    const form = await urlFor(t, { type: 'lead_form', branchId: t.branchId })
    expect(form.url).toBe(`${ORIGIN}${t.pagePath}?${tags(form.code)}#s-lead-form`)
    const review = await urlFor(t, { type: 'review', branchId: t.branchId })
    expect(review.url).toBe(`${ORIGIN}${t.pagePath}?${tags(review.code)}#s-reviews`)
  })

  it('scrolls to the lead form', async () => {
    const t = await createTestTenant()
    const { url, code } = await urlFor(t, { type: 'lead_form', branchId: t.branchId })
    expect(url).toBe(`${ORIGIN}${t.pagePath}?${tags(code)}#s-lead-form`)
  })

  it("downloads the branch's or a staff member's vCard", async () => {
    const t = await createTestTenant()
    expect((await urlFor(t, { type: 'vcard', branchId: t.branchId })).url).toBe(
      `${ORIGIN}${t.pagePath}/vcard`,
    )
    const staffId = newId('staffMember')
    await sql(
      "insert into staff_members (id, tenant_id, branch_id, slug, name) values (?, ?, ?, 'asha', 'Asha')",
      staffId,
      t.tenantId,
      t.branchId,
    )
    const card = await urlFor(t, { type: 'vcard', branchId: t.branchId, staffMemberId: staffId })
    expect(card.url).toBe(`${ORIGIN}${t.pagePath}/asha/vcard`)
    const missing = await create(t, {
      type: 'vcard',
      branchId: t.branchId,
      staffMemberId: newId('staffMember'),
    })
    expect(missing.status).toBe(400)
    expect(missing.body.errors[0].path).toBe('target.staffMemberId')
  })

  it("opens WhatsApp with the branch's number unless another is given", async () => {
    const t = await createTestTenant()
    const none = await create(t, { type: 'whatsapp', branchId: t.branchId })
    expect(none.status).toBe(400)
    expect(none.body.errors[0]).toEqual({
      path: 'target.phone',
      message: 'This branch has no WhatsApp number; enter one',
    })
    await sql("update branches set whatsapp = '+91 98765 43210' where id = ?", t.branchId)
    const branch = await urlFor(t, {
      type: 'whatsapp',
      branchId: t.branchId,
      message: 'Table for 2 & a high chair',
    })
    expect(branch.url).toBe('https://wa.me/919876543210?text=Table+for+2+%26+a+high+chair')
    const given = await urlFor(t, { type: 'whatsapp', phone: '+44 20 7946 0958' })
    expect(given.url).toBe('https://wa.me/442079460958')
    expect(given.kv.branchId).toBeNull()
  })

  it('sends reviews to the given page, else to the reviews section', async () => {
    const t = await createTestTenant()
    const google = await urlFor(t, { type: 'review', url: 'https://g.page/r/abc/review' })
    expect(google.url).toBe('https://g.page/r/abc/review?utm_source=qr&utm_medium=print')
    const noSection = await create(t, { type: 'review', branchId: t.branchId })
    expect(noSection.status).toBe(400)
    expect(noSection.body.errors[0].path).toBe('target.url')
    await sql(
      'update sites set draft = ? where id = ?',
      JSON.stringify({ template: 'restaurant', sections: [{ id: 'what-people-say', type: 'reviews' }] }),
      t.siteId,
    )
    const section = await urlFor(t, { type: 'review', branchId: t.branchId })
    expect(section.url).toBe(`${ORIGIN}${t.pagePath}?${tags(section.code)}#s-what-people-say`)
  })

  it('reads rules in the branch time zone and resolves each rule target the same way', async () => {
    const t = await createTestTenant()
    await sql("update branches set timezone = 'Asia/Kolkata' where id = ?", t.branchId)
    const { kv, code } = await urlFor(
      t,
      { type: 'microsite', branchId: t.branchId },
      {
        rules: [
          {
            label: 'Lunch',
            from: '11:00',
            until: '16:00',
            target: { type: 'section', branchId: t.branchId, sectionId: 'contact' },
          },
          {
            devices: ['ios'],
            days: ['sat', 'sun'],
            target: { type: 'url', url: 'https://apps.apple.com/app/id1' },
          },
        ],
        utm: null,
      },
    )
    expect(kv.timezone).toBe('Asia/Kolkata')
    expect(kv.url).toBe(`${ORIGIN}${t.pagePath}?qr=${code}`)
    expect(kv.rules).toEqual([
      { from: '11:00', until: '16:00', url: `${ORIGIN}${t.pagePath}?qr=${code}#s-contact` },
      { devices: ['ios'], days: ['sat', 'sun'], url: 'https://apps.apple.com/app/id1' },
    ])
  })

  it('keeps the tags an owner put in the URL', async () => {
    const t = await createTestTenant()
    const { url } = await urlFor(t, { type: 'url', url: 'https://example.com/p?utm_source=flyer#top' })
    expect(url).toBe('https://example.com/p?utm_source=flyer&utm_medium=print#top')
  })
})

describe('refused targets', () => {
  it.each([
    ['javascript:alert(1)', 'target.url'],
    ['data:text/html,<b>x</b>', 'target.url'],
    ['ftp://example.com/file', 'target.url'],
    ['http://127.0.0.1/admin', 'target.url'],
    ['http://10.0.0.1/', 'target.url'],
    ['http://192.168.1.1/', 'target.url'],
    ['http://169.254.169.254/latest/meta-data', 'target.url'],
    ['http://[::1]/', 'target.url'],
    ['http://[fd00::1]/', 'target.url'],
    ['http://[::ffff:127.0.0.1]/', 'target.url'],
    ['http://2130706433/', 'target.url'],
    ['http://localhost:8787/', 'target.url'],
    ['https://printer.local/', 'target.url'],
    ['https://intranet/', 'target.url'],
    ['https://user:pw@example.com/', 'target.url'],
  ])('refuses %s with a clear 400', async (url, path) => {
    const t = await createTestTenant()
    const res = await create(t, { type: 'url', url })
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    expect(res.body.code).toBe('BAD_REQUEST')
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path)
    expect((await t.get('/api/v1/qr-codes')).body.data).toEqual([])
  })

  it("refuses a private address in a rule's target and in a review URL", async () => {
    const t = await createTestTenant()
    const rule = await create(
      t,
      { type: 'microsite', branchId: t.branchId },
      {
        rules: [{ devices: ['android'], target: { type: 'url', url: 'http://10.1.2.3/' } }],
      },
    )
    expect(rule.status).toBe(400)
    expect(rule.body.errors[0].path).toBe('rules.0.target.url')
    const review = await create(t, { type: 'review', url: 'http://[fe80::1]/' })
    expect(review.status).toBe(400)
    expect(review.body.errors[0].path).toBe('target.url')
    const retarget = await create(t, { type: 'microsite', branchId: t.branchId })
    const res = await patch(t, `/api/v1/qr-codes/${retarget.body.id}`, {
      target: { type: 'url', url: 'http://localhost/' },
    })
    expect(res.status).toBe(400)
    expect((await route(retarget.body.code)).url).toContain(t.pagePath)
  })

  it('refuses colours with too little contrast, and malformed ones', async () => {
    const t = await createTestTenant()
    const pale = await create(
      t,
      { type: 'microsite', branchId: t.branchId },
      { design: { foreground: '#dddddd', background: '#ffffff' } },
    )
    expect(pale.status).toBe(400)
    expect(pale.body.errors[0].path).toBe('design.foreground')
    expect(pale.body.detail).toMatch(/contrast/i)
    const inverted = await create(
      t,
      { type: 'microsite', branchId: t.branchId },
      { design: { foreground: '#ffffff', background: '#000000' } },
    )
    expect(inverted.status).toBe(400)
    const named = await create(
      t,
      { type: 'microsite', branchId: t.branchId },
      { design: { foreground: 'red' } },
    )
    expect(named.status).toBe(400)
    expect(named.body.errors[0].path).toContain('design.foreground')
    const made = (await create(t, { type: 'microsite', branchId: t.branchId })).body
    const res = await patch(t, `/api/v1/qr-codes/${made.id}`, {
      design: { ...made.design, foreground: '#eeeeee' },
    })
    expect(res.status).toBe(400)
    expect((await t.get(`/api/v1/qr-codes/${made.id}`)).body.design.foreground).toBe(made.design.foreground)
  })

  it('refuses a logo that is not an image of this organisation', async () => {
    const t = await createTestTenant()
    const res = await create(
      t,
      { type: 'microsite', branchId: t.branchId },
      { design: { logoMediaId: newId('media') } },
    )
    expect(res.status).toBe(400)
    expect(res.body.errors[0].path).toBe('design.logoMediaId')
  })
})

describe('refreshQrRoutesForBranch', () => {
  it('rewrites the routes of codes naming the branch after its address changes', async () => {
    const t = await createTestTenant()
    const page = await urlFor(t, { type: 'microsite', branchId: t.branchId })
    const other = await urlFor(t, { type: 'url', url: 'https://example.com/' })
    await addHostname(t, `fresh-${crypto.randomUUID().slice(0, 8)}.example.com`, t.branchId)
    const { ctx } = createCtx(env as never, createExecutionContext(), createLogger(), 'req_test')
    expect(await refreshQrRoutesForBranch(ctx, t.tenantId, t.branchId)).toBe(1)
    expect((await route(page.code)).url).toMatch(
      /^https:\/\/fresh-[0-9a-f]{8}\.example\.com\/\?utm_source=qr/,
    )
    expect((await route(other.code)).url).toBe(other.url)
  })
})
