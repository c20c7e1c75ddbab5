// Scan analytics and bulk printing as an owner meets them: a code scanned from phones (curl-like
// requests with phone user agents through /q/), the scans in the dashboard's chart and tables,
// the period changed, the CSV exported; then codes for every branch built into a ZIP with a
// progress bar, and a CSV of placements refused row by row.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Download, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DEMO } from '../../scripts/lib/demo.ts'
import { browserPlatformForFile, expectAccessible } from './helpers/platform-browser.ts'
import { signIn as signInAs } from './helpers/sign-in.ts'

const app = browserPlatformForFile('vitrine-qr-analytics-')

const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1'
const ANDROID =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36'

async function api<T>(page: Page, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  return page.evaluate(
    async ({ path, body }) => {
      const res = await fetch(path, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      return { status: res.status, body: await res.json() }
    },
    { path, body },
  )
}

async function saved(download: Download): Promise<Buffer> {
  const path = join(app.stateDir, `${Date.now()}-${download.suggestedFilename()}`)
  await download.saveAs(path)
  return readFile(path)
}

const signIn = (page: Page) => signInAs(page, app.url, { heading: 'Leads' })

/** A scan as a phone makes it: GET /q/{code}, answered 302 without following it. */
async function scan(code: string, userAgent: string) {
  const res = await fetch(`${app.url}/q/${code}`, {
    headers: { 'user-agent': userAgent },
    redirect: 'manual',
  })
  expect(res.status).toBe(302)
}

const kpi = (page: Page, term: string) =>
  page
    .locator('.qr-kpis > div')
    .filter({ has: page.getByText(term, { exact: true }) })
    .locator('dd')

describe('QR analytics', () => {
  it('shows phone scans of a code in charts and tables, by period, and exports them', async () => {
    const page = await app.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })
    await signIn(page)
    const created = await api<{ id: string; code: string; label: string }>(page, '/api/v1/qr-codes', {
      kind: 'dynamic',
      label: 'Table 4',
      placement: 'table 4',
      brandId: DEMO.brandId,
      branchId: DEMO.branchId,
      target: { type: 'microsite', branchId: DEMO.branchId },
    })
    expect(created.status).toBe(201)
    const code = created.body
    await scan(code.code, IPHONE)
    await scan(code.code, IPHONE)
    await scan(code.code, ANDROID)
    // Recorded through the events queue, so they arrive within its batch timeout.
    await expect
      .poll(
        async () =>
          (await api<{ totals: { scans: number } }>(page, `/api/v1/qr-codes/${code.id}/analytics`)).body
            .totals.scans,
        { timeout: 30_000, interval: 500 },
      )
      .toBe(3)

    await page.goto(`${app.url}/app/qr/${code.id}/analytics`)
    await page.getByRole('heading', { name: 'Analytics: Table 4', level: 1 }).waitFor()
    await page
      .getByRole('status')
      .filter({ hasText: /Showing “Table 4”/ })
      .waitFor()
    expect(await kpi(page, 'Scans').textContent()).toBe('3')
    expect(await kpi(page, 'Unique scanners').textContent()).toBe('2')
    const chart = page.getByRole('img', { name: 'Scans per day' })
    await chart.waitFor()
    expect(await chart.getAttribute('aria-describedby')).toBeTruthy()
    expect(await page.locator(`#${await chart.getAttribute('aria-describedby')}`).textContent()).toMatch(
      /3 scans by 2 unique scanners/,
    )
    // The numbers behind the chart are a table for screen readers: 30 days, today's with 3 scans.
    const perDay = page.getByRole('table', { name: 'Scans, unique scanners and leads per day' })
    expect(await perDay.getByRole('row').count()).toBe(31)
    const devices = page.getByRole('img', { name: 'Devices' })
    expect(await page.locator(`#${await devices.getAttribute('aria-describedby')}`).textContent()).toContain(
      'Phone: 3 (100%)',
    )
    const systems = page.getByRole('table', { name: 'Operating systems' })
    expect(await systems.getByRole('rowheader').allTextContents()).toEqual(
      expect.arrayContaining(['iOS', 'Android']),
    )
    await page.getByRole('table', { name: 'Browsers' }).waitFor()
    await page.getByRole('heading', { name: 'Countries', level: 3 }).waitFor()
    await expectAccessible(page)

    // The period: a preset applies at once and lands in the address; a custom one is checked first.
    await page.getByRole('radio', { name: 'Last 7 days' }).check()
    await expect.poll(() => perDay.getByRole('row').count()).toBe(8)
    expect(new URL(page.url()).searchParams.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    await page.getByRole('radio', { name: 'Custom' }).check()
    await page.getByLabel('From', { exact: true }).fill('2024-03-10')
    await page.getByLabel('To', { exact: true }).fill('2024-03-01')
    await page.getByRole('button', { name: 'Show this period' }).click()
    await page
      .getByRole('alert')
      .filter({ hasText: 'The start date must be on or before the end date.' })
      .waitFor()
    await page.getByLabel('To', { exact: true }).fill('2024-03-20')
    await page.getByRole('button', { name: 'Show this period' }).click()
    await expect.poll(() => kpi(page, 'Scans').textContent()).toBe('0')
    await expect.poll(() => perDay.getByRole('row').count()).toBe(12)
    expect(new URL(page.url()).searchParams.get('to')).toBe('2024-03-20')
    await expectAccessible(page)

    // Back to the last 30 days and export: a CSV with the three scans.
    await page.getByRole('radio', { name: 'Last 30 days' }).check()
    await expect.poll(() => kpi(page, 'Scans').textContent()).toBe('3')
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download scans as CSV' }).click(),
    ])
    const rows = (await saved(csv)).toString('utf8').trim().split(/\r?\n/)
    expect(rows).toHaveLength(4)

    // The organisation-wide screen: the brand picked, the code among the top codes and placements.
    await page.goto(`${app.url}/app/qr/analytics`)
    await page.getByRole('heading', { name: 'QR code analytics', level: 1 }).waitFor()
    await page.getByLabel('Brand').selectOption(DEMO.brandId)
    await page
      .getByRole('status')
      .filter({ hasText: /^Showing / })
      .waitFor()
    const topCodes = page.getByRole('table', { name: 'Top codes' })
    await topCodes.getByRole('link', { name: 'Table 4' }).waitFor()
    expect(
      await page.getByRole('table', { name: 'Top placements' }).getByRole('rowheader').allTextContents(),
    ).toContain('table 4')
    expect(new URL(page.url()).searchParams.get('brandId')).toBe(DEMO.brandId)
    await expectAccessible(page)
    await topCodes.getByRole('link', { name: 'Table 4' }).click()
    await page.getByRole('heading', { name: 'Analytics: Table 4', level: 1 }).waitFor()
  })

  it('builds codes for every branch into a ZIP with live progress, and lists a CSV’s bad rows', async () => {
    const page = await app.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })
    await signIn(page)
    await page.goto(`${app.url}/app/qr/bulk`)
    await page.getByRole('heading', { name: 'Print codes in bulk', level: 1 }).waitFor()
    await expectAccessible(page)

    const brandForm = page.getByRole('form', { name: 'Generate for all branches' })
    await brandForm.getByLabel('Brand').selectOption(DEMO.brandId)
    await brandForm.getByRole('checkbox', { name: /^PDF/ }).check()
    await brandForm.getByRole('checkbox', { name: /^Table tents/ }).check()
    await brandForm.getByRole('button', { name: 'Generate codes' }).click()

    const progress = page.getByRole('progressbar')
    await progress.waitFor()
    await expect
      .poll(() => progress.getAttribute('aria-valuenow'), { timeout: 60_000, interval: 250 })
      .toBe('100')
    await page.getByText(/^Done: \d+ codes? (is|are) in the ZIP\.$/).waitFor()
    const zipLink = page.getByRole('link', { name: 'Download the ZIP', exact: true })
    await zipLink.waitFor()
    await expectAccessible(page)
    const [zip] = await Promise.all([page.waitForEvent('download'), zipLink.click()])
    expect(zip.suggestedFilename()).toMatch(/\.zip$/)
    const bytes = await saved(zip)
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK')
    const recent = page.getByRole('table', { name: 'Recent batches, newest first' })
    await recent.getByText('Ready').first().waitFor()

    // A CSV naming a branch that does not exist is refused whole, each bad row listed.
    const csvForm = page.getByRole('form', { name: 'Upload a CSV of placements' })
    await csvForm.getByLabel('CSV file').setInputFiles({
      name: 'placements.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        `label,placement,branch,target_url\nTable 1,table 1,${DEMO.branchSlug},\nTable 9,table 9,no-such-branch,\n`,
      ),
    })
    await csvForm.getByRole('button', { name: 'Generate codes from the CSV' }).click()
    const refusal = csvForm.getByRole('alert').filter({ hasText: /Row 3/ })
    await refusal.waitFor()
    expect(await refusal.textContent()).toContain('no-such-branch')
    await expectAccessible(page)
  })
})
