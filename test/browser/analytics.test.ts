// The analytics dashboard as an owner meets it: two branches with known rollups for this week
// and the one before, the organisation's figures and their changes, the branch league sorted and
// exported, a branch picked (the address follows and a reload keeps it), a report e-mail's link
// opened, the hours in the browser's time zone, a phone's width, and a live visitor counted.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Download, Locator, Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { DEMO } from '../../scripts/lib/demo.ts'
import { type BranchDay, executeD1, rollupSql } from './helpers/analytics-seed.ts'
import { browserPlatformForFile, expectAccessible, pageApi } from './helpers/platform-browser.ts'
import { signIn } from './helpers/sign-in.ts'

const app = browserPlatformForFile('vitrine-analytics-')
let harbourId = ''

const DAY_MS = 86_400_000
const today = new Date().toISOString().slice(0, 10)
const daysAgo = (n: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) - n * DAY_MS).toISOString().slice(0, 10)
// "Last 7 days" is today and the six before; the previous period the seven before that.
const WEEK = { from: daysAgo(6), to: today }
const [c1, c2, p1] = [daysAgo(1), daysAgo(3), daysAgo(9)]
const TIME_ZONE = 'Asia/Tokyo'

/**
 * This week: Downtown 50 visitors, 80 views, 18 actions, 12 scans, 4 leads, 5 excluded;
 * Harbour 35, 55, 11, 7, 2, 3. The week before: Downtown 40 visitors (70 views + scans),
 * Harbour 20 (34). Downtown's first day is at 03:00 UTC, noon in Tokyo.
 */
function seed(downtown: string, harbour: string): BranchDay[] {
  return [
    {
      branchId: downtown,
      day: c1,
      hour: 3,
      rows: [
        ['total', '', { visitors: 30, views: 50, actions: 12, scans: 8, leads: 3, excluded: 5 }],
        ['source', 'google', { views: 30, actions: 8, leads: 2 }],
        ['source', 'qr', { views: 10, scans: 8, actions: 2, leads: 1 }],
        ['source', 'direct', { views: 10, actions: 2 }],
        ['referrer', 'google.com', { views: 30, actions: 8, leads: 2 }],
        ['referrer', '', { views: 20, scans: 8, actions: 4, leads: 1 }],
        ['campaign', 'spring', { views: 12, actions: 3, leads: 1 }],
        ['country', 'FR', { views: 50, scans: 8, actions: 12, leads: 3 }],
        ['city', 'Paris, FR', { views: 50, scans: 8, actions: 12, leads: 3 }],
        ['device', 'mobile', { views: 35, scans: 8, actions: 9, leads: 2 }],
        ['device', 'desktop', { views: 15, actions: 3, leads: 1 }],
        ['placement', 'table 4', { views: 10, scans: 8 }],
        ['action', 'call', { actions: 7 }],
        ['action', 'whatsapp', { actions: 5 }],
        ['excluded', 'bot', { excluded: 3 }],
        ['excluded', 'unfurl', { excluded: 2 }],
      ],
    },
    {
      branchId: harbour,
      day: c1,
      hour: 9,
      rows: [
        ['total', '', { visitors: 10, views: 14, actions: 2, scans: 1, excluded: 1 }],
        ['source', 'instagram', { views: 14, actions: 2 }],
        ['source', 'qr', { scans: 1 }],
        ['country', 'ES', { views: 14, scans: 1, actions: 2 }],
        ['device', 'mobile', { views: 14, scans: 1, actions: 2 }],
        ['action', 'directions', { actions: 2 }],
        ['excluded', 'preview', { excluded: 1 }],
      ],
    },
    {
      branchId: downtown,
      day: c2,
      hour: 10,
      rows: [
        ['total', '', { visitors: 20, views: 30, actions: 6, scans: 4, leads: 1 }],
        ['source', 'direct', { views: 30, actions: 6, leads: 1 }],
        ['source', 'qr', { scans: 4 }],
        ['country', 'FR', { views: 30, scans: 4, actions: 6, leads: 1 }],
        ['device', 'desktop', { views: 30, actions: 6, leads: 1 }],
        ['device', 'mobile', { scans: 4 }],
        ['action', 'call', { actions: 6 }],
      ],
    },
    {
      branchId: harbour,
      day: c2,
      hour: 15,
      rows: [
        ['total', '', { visitors: 25, views: 41, actions: 9, scans: 6, leads: 2, excluded: 2 }],
        ['source', 'google', { views: 25, actions: 5, leads: 2 }],
        ['source', 'instagram', { views: 16, actions: 4 }],
        ['source', 'qr', { scans: 6 }],
        ['country', 'ES', { views: 41, scans: 6, actions: 9, leads: 2 }],
        ['device', 'mobile', { views: 41, scans: 6, actions: 9, leads: 2 }],
        ['action', 'whatsapp', { actions: 4 }],
        ['action', 'form_submit', { actions: 5 }],
        ['excluded', 'bot', { excluded: 2 }],
      ],
    },
    {
      branchId: downtown,
      day: p1,
      hour: 12,
      rows: [
        ['total', '', { visitors: 40, views: 60, actions: 10, scans: 10, leads: 2 }],
        ['source', 'google', { views: 60, scans: 10, actions: 10, leads: 2 }],
        ['action', 'call', { actions: 10 }],
      ],
    },
    {
      branchId: harbour,
      day: p1,
      hour: 12,
      rows: [
        ['total', '', { visitors: 20, views: 30, actions: 5, scans: 4, leads: 1 }],
        ['source', 'direct', { views: 30, scans: 4, actions: 5, leads: 1 }],
        ['action', 'whatsapp', { actions: 5 }],
      ],
    },
  ]
}

beforeAll(async () => {
  const page = await app.newPage()
  await signIn(page, app.url, { heading: 'Leads' })
  const harbour = await pageApi<{ id: string }>(page, '/api/v1/branches', {
    brandId: DEMO.brandId,
    name: 'Harbour',
  })
  harbourId = harbour.id
  await page.context().close()
  await executeD1(app.stateDir, rollupSql(DEMO.tenantId, DEMO.brandId, seed(DEMO.branchId, harbourId)))
})

const newPage = (width = 1280, height = 900) =>
  app.newPage({
    viewport: { width, height },
    acceptDownloads: true,
    locale: 'en-GB',
    timezoneId: TIME_ZONE,
  })

const kpi = (page: Page, term: string) =>
  page.locator('.an-kpi').filter({ has: page.getByRole('term').getByText(term, { exact: true }) })
const kpiValue = (page: Page, term: string) => kpi(page, term).locator('.an-kpi__value').textContent()
const kpiChange = (page: Page, term: string) => kpi(page, term).locator('.an-kpi__change').textContent()

const showing = (page: Page, who: string) =>
  page
    .getByRole('status')
    .filter({ hasText: new RegExp(`^Showing ${who}, `) })
    .waitFor()

const OVERFLOW = 'document.documentElement.scrollWidth - document.documentElement.clientWidth'

const rowNames = (table: Locator) => table.locator('tbody').getByRole('rowheader').allTextContents()

async function csvRows(download: Download): Promise<string[][]> {
  const path = join(app.stateDir, `${Date.now()}-${download.suggestedFilename()}`)
  await download.saveAs(path)
  const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '')
  // Every cell is quoted; none of these holds a line break.
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => (m[1] ?? '').replaceAll('""', '"')))
}

describe('Analytics dashboard', () => {
  it('shows the organisation against the week before, a sortable league, and a branch on its own', async () => {
    const page = await newPage()
    await signIn(page, app.url, { heading: 'Leads' })
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Analytics' }).click()
    await page.getByRole('heading', { name: 'Analytics', level: 1 }).waitFor()
    await page.getByRole('radio', { name: 'Last 7 days' }).check()
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBe(WEEK.from)
    expect(new URL(page.url()).searchParams.get('to')).toBe(WEEK.to)
    await showing(page, 'the whole organisation')

    // Both branches summed, each figure with its change in words.
    await expect.poll(() => kpiValue(page, 'Visitors')).toBe('85')
    expect(await kpiChange(page, 'Visitors')).toBe('▲ Up 41.7% from 60')
    expect(await kpiValue(page, 'Page views')).toBe('135')
    expect(await kpiChange(page, 'Page views')).toBe('▲ Up 50% from 90')
    expect(await kpiValue(page, 'Actions')).toBe('29')
    expect(await kpiValue(page, 'QR scans')).toBe('19')
    expect(await kpiChange(page, 'QR scans')).toBe('▲ Up 35.7% from 14')
    expect(await kpiValue(page, 'Leads')).toBe('6')
    expect(await kpiChange(page, 'Leads')).toBe('▲ Up 100% from 3')
    expect(await kpiValue(page, 'Conversion rate')).toBe('7.1%')
    expect(await kpiChange(page, 'Conversion rate')).toBe('▲ Up 2.1 points from 5%')
    await page.getByText(/^8 excluded \(bots, link previews and your own previews, not counted\)/).waitFor()
    await page.getByText('Bots and crawlers: 5 requests').waitFor()

    // The charts' numbers, as tables for screen readers.
    const perDay = page.getByRole('table', { name: 'Visitors and page views per day' })
    expect(await perDay.locator('tbody tr').count()).toBe(7)
    const actions = page.getByRole('table', { name: /^Actions by type/ })
    const calls = actions.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Calls' }) })
    expect(await calls.getByRole('cell').allTextContents()).toEqual(['13', '10', 'Up 30% from 10'])
    const hours = page.getByRole('table', {
      name: `Page views by hour (rows) and weekday (columns), ${TIME_ZONE}`,
    })
    const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: TIME_ZONE }).format(
      new Date(`${c1}T03:00:00Z`),
    )
    const column = (await hours.locator('thead th').allTextContents()).indexOf(weekday)
    const noon = hours.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '12:00' }) })
    expect(await noon.locator('th, td').nth(column).textContent()).toBe('50')

    // Where they came from: the API's order (views + scans), empty values in words.
    expect(await rowNames(page.getByRole('table', { name: 'Top sources' }))).toEqual([
      'google',
      'Direct',
      'instagram',
      'QR codes',
    ])
    expect(await rowNames(page.getByRole('table', { name: 'Top referrers' }))).toEqual([
      'google.com',
      'Direct (no referrer)',
    ])
    expect(await rowNames(page.getByRole('table', { name: 'Countries' }))).toEqual(['France', 'Spain'])

    // The league: most visitors first; the CSV has the same rows in the same order.
    const league = page.getByRole('table', { name: 'Branch league' })
    expect(await rowNames(league)).toEqual(['Downtown', 'Harbour'])
    expect(await league.getByRole('columnheader', { name: 'Visitors' }).getAttribute('aria-sort')).toBe(
      'descending',
    )
    await expectAccessible(page)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download branches as CSV' }).click(),
    ])
    const [header, ...csv] = await csvRows(download)
    expect(header).toEqual(expect.arrayContaining(['name', 'visitors', 'views', 'leads']))
    const col = (name: string) => header?.indexOf(name) ?? -1
    const screen = await league
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')),
      )
    expect(
      csv.map((row) => [row[col('name')], row[col('visitors')], row[col('views')], row[col('leads')]]),
    ).toEqual(screen.map((cells) => [cells[0], cells[1], cells[2], cells[5]]))

    // Sorted by change (views + scans against the week before): Harbour grew faster.
    await league.getByRole('button', { name: 'Change' }).click()
    expect(await league.getByRole('columnheader', { name: 'Change' }).getAttribute('aria-sort')).toBe(
      'descending',
    )
    expect(await league.getByRole('columnheader', { name: 'Visitors' }).getAttribute('aria-sort')).toBeNull()
    expect(await rowNames(league)).toEqual(['Harbour', 'Downtown'])
    await league.getByRole('button', { name: 'Branch' }).click()
    expect(await rowNames(league)).toEqual(['Downtown', 'Harbour'])

    // One branch: picked in the scope picker; the address follows and a reload keeps it.
    await page.getByLabel('Brand', { exact: true }).selectOption(DEMO.brandId)
    await showing(page, 'Demo Trattoria')
    await page.getByLabel('Branch', { exact: true }).selectOption(harbourId)
    await showing(page, 'Harbour')
    expect(new URL(page.url()).searchParams.get('branchId')).toBe(harbourId)
    await expect.poll(() => kpiValue(page, 'Visitors')).toBe('35')
    expect(await kpiChange(page, 'Visitors')).toBe('▲ Up 75% from 20')
    expect(await page.getByRole('table', { name: 'Branch league' }).count()).toBe(0)
    await page.reload()
    await showing(page, 'Harbour')
    expect(await kpiValue(page, 'Page views')).toBe('55')
    expect(await page.getByLabel('Branch', { exact: true }).inputValue()).toBe(harbourId)

    // Without the comparison the changes go, and the address says so.
    await page.getByRole('checkbox', { name: 'Compare with the previous period' }).uncheck()
    await expect.poll(() => new URL(page.url()).searchParams.get('compare')).toBe('none')
    await expect.poll(() => kpiChange(page, 'Visitors'), { timeout: 10_000 }).toBe('')
    await expectAccessible(page)
  })

  it('opens a report link that names only a branch, and drills from the league into a branch', async () => {
    const page = await newPage()
    await signIn(page, app.url, { heading: 'Leads' })
    await page.goto(`${app.url}/app/analytics?branchId=${harbourId}&from=${WEEK.from}&to=${WEEK.to}`)
    await showing(page, 'Harbour')
    expect(await kpiValue(page, 'Leads')).toBe('2')
    // The pickers learn the brand, so the branch is shown chosen.
    await expect.poll(() => page.getByLabel('Brand', { exact: true }).inputValue()).toBe(DEMO.brandId)
    expect(new URL(page.url()).searchParams.get('brandId')).toBe(DEMO.brandId)

    await page.goto(`${app.url}/app/analytics?brandId=${DEMO.brandId}&from=${WEEK.from}&to=${WEEK.to}`)
    await showing(page, 'Demo Trattoria')
    expect(await page.getByRole('radio', { name: 'Last 7 days' }).isChecked()).toBe(true)
    await page.getByRole('table', { name: 'Branch league' }).getByRole('link', { name: 'Downtown' }).click()
    await showing(page, 'Downtown')
    await expect.poll(() => kpiValue(page, 'Visitors')).toBe('50')
    expect(new URL(page.url()).searchParams.get('branchId')).toBe(DEMO.branchId)
    await page.goBack()
    await showing(page, 'Demo Trattoria')
    await expect.poll(() => kpiValue(page, 'Visitors')).toBe('85')

    // A period with nothing in it, and a branch that does not exist: said, not left blank.
    await page.goto(`${app.url}/app/analytics?from=2025-01-01&to=2025-01-31`)
    await page.getByRole('heading', { name: 'No visits yet — share your page or QR code' }).waitFor()
    expect(await page.getByRole('radio', { name: 'Custom' }).isChecked()).toBe(true)
    await page.goto(`${app.url}/app/analytics?branchId=bra_nope`)
    await page
      .getByRole('alert')
      .filter({ hasText: 'Could not load the analytics. Branch bra_nope not found' })
      .waitFor()
    await expectAccessible(page)
  })

  it('fits a phone without sideways scrolling', async () => {
    const page = await newPage(375, 800)
    await signIn(page, app.url, { heading: 'Leads' })
    await page.goto(`${app.url}/app/analytics?from=${WEEK.from}&to=${WEEK.to}`)
    await showing(page, 'the whole organisation')
    await page.getByRole('table', { name: 'Branch league' }).waitFor()
    await page.getByRole('img', { name: 'Visitors and page views per day' }).waitFor()
    const overflow = await page.evaluate<number>(OVERFLOW)
    expect(overflow).toBeLessThanOrEqual(0)
    await expectAccessible(page)
    // Right to left, the layout mirrors and still fits.
    await page.evaluate('document.documentElement.dir = "rtl"')
    expect(await page.evaluate<number>(OVERFLOW)).toBeLessThanOrEqual(0)
  })

  it('counts a visitor on the microsite live, within seconds', async () => {
    const page = await newPage()
    await signIn(page, app.url, { heading: 'Leads' })
    await page.goto(`${app.url}/app/analytics`)
    const live = page.locator('.an-live [aria-live="polite"]')
    await expect
      .poll(() => live.textContent(), { timeout: 30_000 })
      .toMatch(/^\d+ visitors? in the last 5 minutes$/)
    const before = Number.parseInt((await live.textContent()) ?? '', 10)
    const res = await fetch(`${app.url}/demo/downtown`, {
      headers: {
        'user-agent':
          'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
        'accept-language': 'en-GB',
      },
    })
    expect(res.status).toBe(200)
    // Polled every 15 seconds, after the events queue's batch.
    await expect
      .poll(() => live.textContent(), { timeout: 60_000, interval: 1000 })
      .toMatch(new RegExp(`^${before + 1} visitors? in the last 5 minutes$`))
  })
})
