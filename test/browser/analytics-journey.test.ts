// Issue #8's "done when", with the platform running as `npm start` runs it and real browsers:
// visitors scan the demo brand's table code, read its page, tap WhatsApp and send the form;
// another reads the page from a newsletter link twice; a crawler, a HEAD request, a link-preview
// bot and the signed-in owner look too. Within seconds the owner's dashboard shows exactly the
// people (bots, previews and repeat views not counted as visitors), a funnel and the attribution
// comparison render, and the sources CSV is the table on the screen.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DEMO } from '../../scripts/lib/demo.ts'
import type { Attribution, Overview } from '../../worker/modules/analytics/index.ts'
import { browserPlatformForFile, expectAccessible } from './helpers/platform-browser.ts'
import { saved } from './helpers/qr-files.ts'

const app = browserPlatformForFile('vitrine-analytics-journey-')

const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1'
const ANDROID =
  'Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36'
const DESKTOP =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'
const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'
const SLACKBOT = 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)'

const pagePath = `/${DEMO.brandSlug}/${DEMO.branchSlug}`
const today = () => new Date().toISOString().slice(0, 10)

async function signIn(page: Page) {
  await page.goto(`${app.url}/app/login`)
  await page.getByLabel('Email').fill(DEMO.email)
  await page.getByLabel('Password').fill(DEMO.password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.getByRole('heading', { level: 1 }).first().waitFor()
}

const api = <T>(page: Page, path: string) =>
  page.evaluate(async (p) => {
    const res = await fetch(p)
    if (!res.ok) throw new Error(`${p}: ${res.status} ${await res.text()}`)
    return res.json()
  }, path) as Promise<T>

/** A phone in its own browser context, so it is its own visitor. */
async function phone(userAgent: string) {
  const page = await app.newPage({ userAgent, viewport: { width: 390, height: 844 } })
  // The WhatsApp link leaves for another site: answered 204 here, so the phone stays on the page
  // (the beacon went out on the click).
  await page.route(/^https:\/\/(wa\.me|api\.whatsapp\.com)\//, (route) => route.fulfill({ status: 204 }))
  return page
}

const kpi = (page: Page, label: string) =>
  page
    .locator('.an-kpi')
    .filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) })
    .locator('.an-kpi__value')

describe('analytics from the first scan to the owner’s dashboard', () => {
  it('counts people exactly, renders a funnel and attribution, and exports what it shows', async () => {
    // Headless Chromium names itself in its user agent, which would make the owner a bot.
    const owner = await app.newPage({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
      userAgent: DESKTOP,
    })
    await signIn(owner)

    // 1. The table code, scanned by an iPhone. The demo brand has its own hostname, which this
    // machine cannot serve on its https port, so the phone follows the redirect's path and query
    // on our host: the same page, the same `qr` and `qv`, the same phone.
    const scan = await fetch(`${app.url}/q/${DEMO.qrCode}`, {
      headers: { 'user-agent': IPHONE },
      redirect: 'manual',
    })
    expect(scan.status).toBe(302)
    const landing = new URL(scan.headers.get('location') ?? '')
    expect(landing.searchParams.get('qr')).toBe(DEMO.qrCode)
    const rosa = await phone(IPHONE)
    await rosa.goto(`${app.url}${pagePath}${landing.search}`)
    await rosa
      .getByRole('link', { name: /WhatsApp/i })
      .first()
      .click()
    const form = rosa.getByRole('region', { name: 'Ask us anything' })
    await form.getByLabel('Name').fill('Rosa Visitor')
    await form.getByLabel('Email').fill('rosa.visitor@example.com')
    await form.getByLabel('Message').fill('Is table 4 free on Friday?')
    await form.getByRole('button', { name: 'Send' }).click()
    await rosa.getByRole('heading', { name: 'Thank you' }).waitFor()

    // 2. A newsletter reader on Android, who comes back to the page: one visitor, two views.
    const omar = await phone(ANDROID)
    await omar.goto(`${app.url}${pagePath}?utm_source=newsletter&utm_medium=email&utm_campaign=autumn`)
    await omar.reload()

    // 3. What must not count as anyone: a crawler, a HEAD request, a link preview, a broken beacon.
    const page = `${app.url}${pagePath}`
    expect((await fetch(page, { headers: { 'user-agent': GOOGLEBOT } })).status).toBe(200)
    expect((await fetch(page, { method: 'HEAD', headers: { 'user-agent': IPHONE } })).status).toBe(200)
    expect((await fetch(page, { headers: { 'user-agent': SLACKBOT } })).status).toBe(200)
    const broken = await fetch(`${app.url}/a/collect`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"t":',
    })
    expect(broken.status).toBe(400)

    // 4. The owner, signed in, looks at their own live page: a preview, not a visit.
    await owner.goto(page)
    await owner.getByRole('heading', { level: 1 }).first().waitFor()

    // Within seconds the numbers are exact: Rosa (scan, view, lead) and Omar (two views).
    const query = `brandId=${DEMO.brandId}&from=${today()}&to=${today()}`
    await expect
      .poll(async () => (await api<Overview>(owner, `/api/v1/analytics/overview?${query}`)).totals, {
        timeout: 30_000,
        interval: 1_000,
      })
      .toMatchObject({ visitors: 2, views: 3, scans: 1, leads: 1 })
    const overview = await api<Overview>(owner, `/api/v1/analytics/overview?${query}`)
    const actions = Object.fromEntries(overview.actions.map((a) => [a.type, a.count]))
    expect(actions).toMatchObject({ whatsapp: 1, form_start: 1, form_submit: 1 })
    // Counted apart, each for what it is. The owner's page view and the sections their browser
    // reported while signed in are all previews.
    const excluded = Object.fromEntries(overview.excluded.map((e) => [e.reason, e.count]))
    expect(excluded).toMatchObject({ bot: 1, head: 1, unfurl: 1, prefetch: 0 })
    expect(excluded.preview).toBeGreaterThanOrEqual(1)
    expect(overview.totals.excluded).toBe(3 + excluded.preview!)
    expect(overview.top.sources.map((s) => [s.value, s.views, s.scans, s.leads])).toEqual(
      expect.arrayContaining([
        ['qr', 1, 1, 1],
        ['newsletter', 2, 0, 0],
      ]),
    )

    // 5. The dashboard shows the same, and is accessible.
    await owner.goto(`${app.url}/app/analytics?${query}`)
    await expect.poll(() => kpi(owner, 'Visitors').textContent(), { timeout: 15_000 }).toBe('2')
    expect(await kpi(owner, 'Page views').textContent()).toBe('3')
    expect(await kpi(owner, 'QR scans').textContent()).toBe('1')
    expect(await kpi(owner, 'Leads').textContent()).toBe('1')
    await expectAccessible(owner)

    // The sources CSV is the sources table on the screen, row for row.
    const sources = owner.getByRole('table', { name: /sources/i }).first()
    const shown = await sources
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')),
      )
    const [csvFile] = await Promise.all([
      owner.waitForEvent('download'),
      owner
        .getByRole('link', { name: /sources.*csv|csv.*sources/i })
        .first()
        .click(),
    ])
    const csv = new TextDecoder().decode(await saved(csvFile, app.stateDir)).replace(/^\uFEFF/, '')
    const csvRows = csv
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((line) => line.split(',').map((cell) => cell.replace(/^"|"$/g, '')))
    expect(csvRows.length).toBe(shown.length)
    for (const [i, row] of shown.entries()) {
      const numbers = row.slice(1).map((cell) => cell.replace(/[^\d]/g, ''))
      expect(csvRows[i]!.slice(1, 1 + numbers.length)).toEqual(numbers)
    }

    // 6. The classic funnel: scan → view → WhatsApp click → lead, one person all the way.
    await owner.goto(`${app.url}/app/analytics/funnels?${query}`)
    const suggested = owner.getByRole('form', { name: 'Your first funnel' })
    await suggested.getByRole('button', { name: 'Create the funnel' }).click()
    const steps = owner.getByRole('table', { name: 'Visitors at each step of “Scan to lead”' })
    await expect.poll(() => steps.locator('tbody tr').count(), { timeout: 15_000 }).toBe(4)
    const reached = await steps
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.querySelectorAll('td')[0]?.textContent?.trim()))
    expect(reached).toEqual(['1', '1', '1', '1'])
    await expectAccessible(owner)

    // 7. Attribution compares the four models side by side: the code brought the lead.
    const attribution = await api<Attribution>(owner, `/api/v1/analytics/attribution?${query}&groupBy=source`)
    expect(attribution.leads).toBe(1)
    expect(attribution.rows).toEqual([{ key: 'qr', first: 1, last: 1, linear: 1, timeDecay: 1 }])
    await owner.goto(`${app.url}/app/analytics/attribution?${query}`)
    const models = owner.getByRole('table').first()
    for (const name of [/first/i, /last/i, /linear/i, /time.?decay/i])
      await models.getByRole('columnheader', { name }).waitFor()
    await expectAccessible(owner)
  })
})
