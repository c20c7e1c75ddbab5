import { describe, expect, it } from 'vitest'
import type { QrRoute } from '../../../worker/modules/qr/redirect/qr-route.ts'
import {
  createTestTenant,
  expectScanPage,
  putRoute,
  recordedScans,
  type ScanRow,
  scan,
  UA,
} from './redirect-helpers.ts'

const WEEK = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const

/** Today and tomorrow in a zone, so a test running across midnight still agrees with itself. */
function todayAndTomorrow(timeZone: string) {
  const today = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short' })
    .format(new Date())
    .toLowerCase()
  const index = WEEK.indexOf(today as (typeof WEEK)[number])
  return [WEEK[index]!, WEEK[(index + 1) % 7]!]
}

describe('scanning a dynamic code', () => {
  it('answers 302 at once, uncached and without a referrer, and records the scan', async () => {
    const t = await createTestTenant()
    const { code, route } = await putRoute(t)
    const res = await scan(code, {
      cf: { country: 'IN', city: 'Mumbai', region: 'Maharashtra' },
      headers: {
        referer: 'https://www.instagram.com/cafe/p/123?igsh=abc',
        'accept-language': 'fr-CA,fr;q=0.9,en;q=0.5',
      },
    })
    expect(res.status).toBe(302)
    // Our own page also learns the scan's id (qv), so a lead sent from it names the visit.
    const location = new URL(res.headers.get('location') ?? '')
    const visitId = location.searchParams.get('qv')
    expect(visitId).toMatch(/^scan_[0-9A-Z]{26}$/)
    location.searchParams.delete('qv')
    expect(location.toString()).toBe(route.url)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.headers.get('referrer-policy')).toBe('no-referrer')

    const [row] = await recordedScans(route.codeId, 1)
    expect(row!.id).toBe(visitId)
    expect(row).toMatchObject({
      tenant_id: t.tenantId,
      placement: 'table 4',
      country: 'IN',
      city: 'Mumbai',
      region: 'Maharashtra',
      device_type: 'mobile',
      os: 'iOS',
      browser: 'Safari',
      referrer_host: 'www.instagram.com',
      language: 'fr',
      is_bot: 0,
      rule_index: null,
    } satisfies Partial<ScanRow>)
    expect(row!.visitor_hash).toMatch(/^[0-9a-f]{32}$/)
    expect(JSON.stringify(row)).not.toContain('203.0.113.9')
  })

  it('routes iPhone, Android and desktop scans and countries by the first matching rule', async () => {
    const t = await createTestTenant()
    const rules: QrRoute['rules'] = [
      { devices: ['ios'], url: 'https://apps.apple.com/app/cafe' },
      { devices: ['android'], url: 'https://play.google.com/store/apps/cafe' },
      { countries: ['DE'], url: 'https://example.com/de/menu' },
    ]
    const { code, route } = await putRoute(t, { rules })
    const where = async (userAgent: string, country: string) =>
      (await scan(code, { userAgent, cf: { country } })).headers.get('location')
    expect(await where(UA.iphone, 'DE')).toBe('https://apps.apple.com/app/cafe')
    expect(await where(UA.android, 'DE')).toBe('https://play.google.com/store/apps/cafe')
    expect(await where(UA.desktop, 'DE')).toBe('https://example.com/de/menu')
    // The default leads to our page (it carries qr=): it also learns the scan's id.
    expect(await where(UA.desktop, 'IN')).toMatch(new RegExp(`^${route.url.replaceAll('?', '\\?')}&qv=scan_`))

    const rows = await recordedScans(route.codeId, 4)
    expect(rows.map((r) => r.rule_index).sort()).toEqual([0, 1, 2, null])
  })

  it('reads day-of-week rules in the code time zone', async () => {
    const t = await createTestTenant()
    const timezone = 'Pacific/Auckland'
    const now = todayAndTomorrow(timezone)
    const { code } = await putRoute(t, {
      timezone,
      rules: [
        { days: WEEK.filter((d) => !now.includes(d)), url: 'https://example.com/other-days' },
        { days: now, url: 'https://example.com/today' },
      ],
    })
    expect((await scan(code)).headers.get('location')).toBe('https://example.com/today')
  })

  it('answers HEAD, prefetches and link previews but never counts them', async () => {
    const t = await createTestTenant()
    const { code, route } = await putRoute(t)
    const uncounted = [
      scan(code, { method: 'HEAD' }),
      scan(code, { headers: { 'sec-purpose': 'prefetch' } }),
      scan(code, { headers: { 'sec-purpose': 'prefetch;prerender' } }),
      scan(code, { headers: { purpose: 'prefetch' } }),
      scan(code, { headers: { 'x-moz': 'prefetch' } }),
      scan(code, { headers: { 'x-purpose': 'preview' } }),
      ...[
        UA.whatsapp,
        'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
        'Twitterbot/1.0',
        'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)',
        'TelegramBot (like TwitterBot)',
        'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
      ].map((userAgent) => scan(code, { userAgent })),
    ]
    for (const res of await Promise.all(uncounted)) {
      expect(res.status).toBe(302)
      expect(res.headers.get('location')).toBe(route.url)
    }
    // The one real scan, sent last: once it is stored, anything queued before it would be too.
    expect((await scan(code, { userAgent: UA.desktop })).status).toBe(302)
    const rows = await recordedScans(route.codeId, 1)
    expect(rows[0]).toMatchObject({ device_type: 'desktop', os: 'Windows', browser: 'Edge', is_bot: 0 })
  })

  it('records crawlers and scripts as bots, apart from people', async () => {
    const t = await createTestTenant()
    const { code, route } = await putRoute(t)
    for (const userAgent of [UA.googlebot, 'curl/8.5.0']) {
      expect((await scan(code, { userAgent })).status).toBe(302)
    }
    const rows = await recordedScans(route.codeId, 2)
    for (const row of rows) expect(row).toMatchObject({ is_bot: 1, device_type: 'other', os: null })
  })

  it('gives the same scanner the same daily hash, and another scanner another', async () => {
    const t = await createTestTenant()
    const { code, route } = await putRoute(t)
    await scan(code, { headers: { 'cf-connecting-ip': '198.51.100.1' } })
    await scan(code, { headers: { 'cf-connecting-ip': '198.51.100.1' } })
    await scan(code, { headers: { 'cf-connecting-ip': '198.51.100.2' } })
    const hashes = (await recordedScans(route.codeId, 3)).map((r) => r.visitor_hash)
    expect(new Set(hashes).size).toBe(2)
  })

  it('is a platform address: a tenant hostname does not answer /q/', async () => {
    const t = await createTestTenant()
    const { code } = await putRoute(t)
    await expectScanPage(await scan(code, { host: 'shop.example.org' }), 404)
  })
})
