import { describe, expect, it } from 'vitest'
import { sha256Base64 } from '../../../worker/lib/crypto.ts'
import { BEACON_SCRIPT } from '../../../worker/modules/analytics/index.ts'
import { createTestTenant } from '../../helpers/tenant.ts'
import { createShowcaseTenant } from '../sites/showcase.ts'
import { beacon, HEX32, recordingEvents, UA, visit } from './collect-helpers.ts'

interface FakeSection {
  dataset: { s: string }
  closest: (selector: string) => unknown
}

/**
 * Runs the beacon as a browser would, against a stand-in DOM: listeners, sections and
 * IntersectionObserver are recorded; every sendBeacon call is kept.
 */
function runBeacon(page: {
  tenantId: string
  siteId: string
  pathname: string
  search?: string
  referrer?: string
  doNotTrack?: string | null
  globalPrivacyControl?: boolean
  sections?: string[]
}) {
  const sent: { url: string; body: string }[] = []
  const listeners = new Map<string, (event: unknown) => void>()
  const observer = { callback: null as null | ((entries: unknown[]) => void), observed: [] as unknown[] }
  const unobserved: unknown[] = []
  const sections: FakeSection[] = (page.sections ?? []).map((s) => {
    const section: FakeSection = { dataset: { s }, closest: (sel) => (sel === '[data-s]' ? section : null) }
    return section
  })
  class FakeObserver {
    constructor(callback: (entries: unknown[]) => void) {
      observer.callback = callback
    }
    observe(element: unknown) {
      observer.observed.push(element)
    }
    unobserve(element: unknown) {
      unobserved.push(element)
    }
  }
  const document = {
    body: { dataset: { vt: page.tenantId, vs: page.siteId } },
    referrer: page.referrer ?? '',
    addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener),
    querySelectorAll: (selector: string) => (selector === '[data-s]' ? sections : []),
  }
  const navigator = {
    doNotTrack: page.doNotTrack ?? null,
    globalPrivacyControl: page.globalPrivacyControl ?? false,
    sendBeacon: (url: string, body: string) => sent.push({ url, body }) > 0,
  }
  const location = { pathname: page.pathname, search: page.search ?? '', hostname: 'localhost' }
  new Function('document', 'navigator', 'location', 'IntersectionObserver', BEACON_SCRIPT)(
    document,
    navigator,
    location,
    FakeObserver,
  )
  const origin = 'http://localhost'
  return {
    sent,
    listeners,
    payloads: () => sent.map((s) => JSON.parse(s.body) as Record<string, unknown>),
    /** A click on a link with this href, inside a section of this type. */
    click(href: string, sectionType = 'contact') {
      const url = new URL(href, `${origin}${page.pathname}`)
      const anchor = {
        href: url.href,
        protocol: url.protocol,
        hostname: url.hostname,
        pathname: url.pathname,
      }
      const section = sections.find((s) => s.dataset.s === sectionType)
      const target = {
        closest: (sel: string) => (sel === 'a[href]' ? anchor : sel === '[data-s]' ? section : null),
      }
      listeners.get('click')?.({ target })
    },
    form(sectionType: string) {
      const section = sections.find((s) => s.dataset.s === sectionType)
      const form = { closest: (sel: string) => (sel === '[data-s]' ? section : null) }
      return {
        focus: () => listeners.get('focusin')?.({ target: { form } }),
        submit: () => listeners.get('submit')?.({ target: form }),
      }
    },
    /** The observer reports these sections well inside the viewport. */
    see(...types: string[]) {
      const entries = sections
        .filter((s) => types.includes(s.dataset.s))
        .map((target) => ({ target, isIntersecting: true }))
      observer.callback?.(entries)
    },
    observer,
    unobserved,
  }
}

const hrefsOf = (html: string) =>
  [...html.matchAll(/<a [^>]*?href="([^"]*)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'))

describe('the beacon script', () => {
  it('is under 1 KB and allowed by its hash in the CSP of every live page', async () => {
    expect(new TextEncoder().encode(BEACON_SCRIPT).byteLength).toBeLessThan(1024)
    const t = await createShowcaseTenant()
    const res = await visit(recordingEvents().bindings, `http://localhost${t.pagePath}`)
    expect(res.body).toContain(`<script>${BEACON_SCRIPT}</script>`)
    const csp = res.headers.get('content-security-policy') ?? ''
    const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src '))
    expect(scriptSrc).toContain(`'sha256-${await sha256Base64(BEACON_SCRIPT)}'`)
    // The rest of the policy is untouched: nothing but its own origin to send to.
    expect(csp).toContain("connect-src 'self'")
    expect(csp).toContain("default-src 'none'")
    expect(res.body).toContain(`<body data-vt="${t.tenantId}" data-vs="${t.siteId}">`)
    for (const type of ['hero', 'contact', 'lead_form', 'map', 'booking'])
      expect(res.body).toContain(`data-s="${type}"`)
    // A staff card reports too.
    const card = await visit(recordingEvents().bindings, `http://localhost${t.pagePath}/${t.staffSlug}`)
    expect(card.body).toContain(`<script>${BEACON_SCRIPT}</script>`)
    expect(card.body).toContain('data-s="lead_form"')
  })

  it("names each of the page's links by action, and posts beacons the endpoint accepts", async () => {
    const t = await createShowcaseTenant()
    const html = (await visit(recordingEvents().bindings, `http://localhost${t.pagePath}`)).body
    const hrefs = hrefsOf(html)
    const run = runBeacon({
      tenantId: t.tenantId,
      siteId: t.siteId,
      pathname: t.pagePath,
      search: '?utm_source=flyer&utm_campaign=spring&qr=Tab4Code&fbclid=xyz',
      referrer: 'https://www.google.com/search?q=pasta',
      sections: ['hero', 'contact', 'lead_form', 'map'],
    })
    const actionOf = (href: string) => {
      const before = run.sent.length
      run.click(href)
      const [payload] = run.payloads().slice(before)
      return payload ? [payload.a, payload.g ?? null] : null
    }
    const find = (pattern: RegExp) => hrefs.find((h) => pattern.test(h)) ?? `missing ${pattern}`
    expect(actionOf(find(/^tel:/))).toEqual(['call', null])
    expect(actionOf(find(/^https:\/\/wa\.me\//))).toEqual(['whatsapp', 'wa.me'])
    expect(actionOf(find(/^mailto:/))).toEqual(['email', null])
    expect(actionOf(find(/^https:\/\/www\.google\.com\/maps\/dir\//))).toEqual([
      'directions',
      'www.google.com',
    ])
    expect(actionOf(find(/openstreetmap\.org/))).toEqual(['directions', 'www.openstreetmap.org'])
    expect(actionOf(find(/shop\.example\.com/))).toEqual(['outbound', 'shop.example.com'])
    // The server counts vCards as it serves them; payments, anchors and our own pages are no action.
    expect(actionOf(find(/\/vcard$/))).toBeNull()
    expect(actionOf(find(/^upi:/))).toBeNull()
    expect(actionOf(find(/^#/))).toBeNull()
    expect(actionOf(`${t.pagePath}/${t.staffSlug}`)).toBeNull()

    const form = run.form('lead_form')
    form.focus()
    form.focus()
    form.submit()
    run.see('hero', 'map')
    expect(run.unobserved).toHaveLength(2)
    expect(run.observer.observed).toHaveLength(4)
    const tail = run.payloads().slice(-4)
    expect(tail.map((p) => [p.a, p.g])).toEqual([
      ['form_start', 'lead_form'],
      ['form_submit', 'lead_form'],
      ['section_view', 'hero'],
      ['section_view', 'map'],
    ])
    expect(run.sent.every((s) => s.url === '/a/collect')).toBe(true)
    expect(run.payloads()[0]).toEqual({
      t: t.tenantId,
      s: t.siteId,
      p: t.pagePath,
      a: 'call',
      q: '?utm_source=flyer&utm_campaign=spring&qr=Tab4Code&fbclid=xyz',
      r: 'www.google.com',
    })

    const q = recordingEvents()
    for (const sent of run.sent) expect((await beacon(q.bindings, sent.body)).status).toBe(204)
    expect(q.events()).toHaveLength(run.sent.length)
    const outbound = q.events().find((e) => e.action === 'outbound')
    expect(outbound).toMatchObject({
      kind: 'action',
      target: 'shop.example.com',
      tenantId: t.tenantId,
      siteId: t.siteId,
      path: t.pagePath,
      utm: { source: 'flyer', campaign: 'spring', medium: null },
      qrCode: 'Tab4Code',
      referrerHost: 'www.google.com',
      unverified: true,
    })
    // A call's target would be the number: only links, sections and forms keep one.
    expect(q.events().find((e) => e.action === 'call')?.target).toBeNull()
    expect(q.events().find((e) => e.action === 'whatsapp')?.target).toBeNull()
  })

  it('does nothing under Do-Not-Track or Global Privacy Control', () => {
    for (const privacy of [{ doNotTrack: '1' }, { globalPrivacyControl: true }]) {
      const run = runBeacon({
        tenantId: 'ten_x',
        siteId: 'site_x',
        pathname: '/',
        sections: ['hero'],
        ...privacy,
      })
      run.click('tel:+14155550100')
      run.form('hero').submit()
      expect(run.sent).toEqual([])
      expect(run.listeners.size).toBe(0)
      expect(run.observer.callback).toBeNull()
    }
  })
})

const validBeacon = (t: { tenantId: string; siteId: string }, over: Record<string, unknown> = {}) =>
  JSON.stringify({
    t: t.tenantId,
    s: t.siteId,
    p: '/brand/main-street',
    a: 'whatsapp',
    q: '?utm_medium=print&qr=Door1',
    r: 'localhost',
    ...over,
  })

describe('POST /a/collect', () => {
  it('answers 204 and queues one unverified action event', async () => {
    const t = await createTestTenant()
    const q = recordingEvents()
    const res = await beacon(q.bindings, validBeacon(t), {
      cf: { country: 'IN', city: 'Pune', region: 'MH' },
    })
    expect(res.status).toBe(204)
    expect(res.body).toBe('')
    expect(q.sent).toHaveLength(1)
    const [event] = q.events()
    expect(event).toMatchObject({
      type: 'analytics',
      kind: 'action',
      action: 'whatsapp',
      target: null,
      tenantId: t.tenantId,
      siteId: t.siteId,
      brandId: null,
      branchId: null,
      path: '/brand/main-street',
      utm: { medium: 'print', source: null },
      qrCode: 'Door1',
      // Our own host is no referral.
      referrerHost: null,
      country: 'IN',
      city: 'Pune',
      deviceType: 'mobile',
      excluded: null,
      unverified: true,
    })
    expect(event!.visitor).toMatch(HEX32)
  })

  it('takes application/json too, and sheds junk from the page address', async () => {
    const t = await createTestTenant()
    const q = recordingEvents()
    const body = validBeacon(t, { a: 'section_view', g: 'gallery', q: '?qr=<b>&utm_source=%20', r: null })
    const res = await beacon(q.bindings, body, { headers: { 'content-type': 'application/json' } })
    expect(res.status).toBe(204)
    expect(q.events()[0]).toMatchObject({ action: 'section_view', target: 'gallery', qrCode: null })
    expect(q.events()[0]!.utm.source).toBeNull()
  })

  it('marks bots, signed-in members and Do-Not-Track as the page views are', async () => {
    const t = await createTestTenant()
    const q = recordingEvents()
    await beacon(q.bindings, validBeacon(t), { userAgent: UA.googlebot })
    await beacon(q.bindings, validBeacon(t), { headers: { cookie: 'vitrine_session=x' } })
    await beacon(q.bindings, validBeacon(t), { headers: { dnt: '1' }, cf: { country: 'IN', city: 'Pune' } })
    const [bot, member, private_] = q.events()
    expect(bot).toMatchObject({ excluded: 'bot', visitor: null })
    expect(member).toMatchObject({ excluded: 'preview', visitor: null })
    expect(private_).toMatchObject({ excluded: null, visitor: null, city: null, country: 'IN' })
  })

  it('refuses malformed, unknown and oversized beacons with 400, and counts each refusal', async () => {
    const t = await createTestTenant()
    const q = recordingEvents()
    const cases: [string, RequestInit & { headers?: Record<string, string> }, string][] = [
      ['{"t":', {}, 'malformed'],
      [validBeacon(t, { a: 'dance' }), {}, 'malformed'],
      [validBeacon(t, { t: 'ten_nope' }), {}, 'malformed'],
      [validBeacon(t, { extra: 1 }), {}, 'malformed'],
      [validBeacon(t, { g: 'x'.repeat(1100) }), {}, 'too_large'],
      [
        validBeacon(t),
        { headers: { 'content-type': 'application/x-www-form-urlencoded' } },
        'unsupported_type',
      ],
    ]
    for (const [body, init, reason] of cases) {
      const res = await beacon(q.bindings, body, init as never)
      expect(res.status, body.slice(0, 40)).toBe(400)
      expect(res.headers.get('content-type')).toBe('application/problem+json')
      expect(JSON.parse(res.body)).toMatchObject({ status: 400, code: 'BAD_REQUEST' })
      expect(q.rejects().at(-1), body.slice(0, 40)).toMatchObject({ type: 'analytics.reject', reason })
    }
    const unknown = await beacon(q.bindings, validBeacon(t, { a: 'dance' }))
    expect(JSON.parse(unknown.body).errors).toEqual([expect.objectContaining({ path: 'a' })])
    expect(q.rejects()).toHaveLength(cases.length + 1)
    expect(q.events()).toHaveLength(0)
  })

  it('stops reading a body that streams past 1 KB without saying its length', async () => {
    const q = recordingEvents()
    const chunk = new TextEncoder().encode('x'.repeat(600))
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(chunk)
        controller.enqueue(chunk)
        controller.close()
      },
    })
    const res = await beacon(q.bindings, body as never)
    expect(res.status).toBe(400)
    expect(q.rejects()).toEqual([expect.objectContaining({ reason: 'too_large' })])
  })

  it("is served on a tenant's hostname without looking the hostname up", async () => {
    const t = await createTestTenant()
    const q = recordingEvents()
    // No hostname record at all: the endpoint must not need one.
    const res = await beacon(q.bindings, validBeacon(t, { r: 'news.example.org' }), {
      host: 'menu.unknown.example',
    })
    expect(res.status).toBe(204)
    expect(q.events()[0]).toMatchObject({ tenantId: t.tenantId, referrerHost: 'news.example.org' })
  })
})
