// Scheduled analytics reports and the raw-event retention as an owner meets them: a weekly
// report scheduled (a bad address refused beside its field), sent and deleted, and the
// retention changed within its limits — each screen checked with axe.
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { DEMO } from '../../scripts/lib/demo.ts'
import { focused, POLL, rowsOf, seedFunnelAnalytics } from './helpers/analytics-funnel-seed.ts'
import { browserPlatformForFile, expectAccessible } from './helpers/platform-browser.ts'
import { signIn as signInAs } from './helpers/sign-in.ts'

const app = browserPlatformForFile('vitrine-analytics-reports-')

beforeAll(async () => {
  await seedFunnelAnalytics(app.stateDir)
})

const signIn = (page: Page) => signInAs(page, app.url, { heading: 'Leads' })

describe('analytics funnels, attribution and reports', () => {
  it('schedules a weekly report, sends it, deletes it, and changes the retention', async () => {
    const page = await app.newPage({ viewport: { width: 390, height: 844 } })
    await signIn(page)
    await page.goto(`${app.url}/app/analytics/reports`)
    await page.getByRole('heading', { name: 'Analytics reports', level: 1 }).waitFor()
    await page.getByText('No scheduled reports yet.').waitFor()
    await expectAccessible(page)

    await page.getByRole('button', { name: 'New scheduled report' }).click()
    const form = page.getByRole('form', { name: 'New scheduled report' })
    await form.getByLabel('Brand').selectOption(DEMO.brandId)
    await form.getByRole('radio', { name: /^Weekly/ }).check()
    await form.getByLabel('Recipient 1', { exact: true }).fill('ops@example.com')
    await form.getByRole('button', { name: 'Add a recipient' }).click()
    // Focus moves to the new address.
    expect(await focused(page).getAttribute('type')).toBe('email')
    await page.keyboard.type('not-an-address')
    await form.getByRole('button', { name: 'Schedule the report' }).click()
    const second = form.getByLabel('Recipient 2', { exact: true })
    await expect.poll(() => second.getAttribute('aria-invalid'), POLL).toBe('true')
    expect(
      await form.locator(`#${(await second.getAttribute('aria-describedby'))?.split(' ')[0]}`).textContent(),
    ).not.toBe('')
    await expectAccessible(page)
    await second.fill('owner@example.com')
    await form.getByRole('button', { name: 'Schedule the report' }).click()

    const reports = page.getByRole('table', { name: 'Reports, newest first' })
    await reports.waitFor()
    const [row] = await rowsOf(reports)
    expect(row?.slice(1, 4)).toEqual(['Weekly', 'ops@example.comowner@example.com', 'Not sent yet'])
    expect(row?.[0]).toMatch(/^Brand: /)
    await page
      .getByRole('status')
      .filter({ hasText: /^Scheduled the weekly report for Brand: / })
      .waitFor()
    await expectAccessible(page)

    await reports.getByRole('button', { name: /^Send the weekly report for Brand: .* now$/ }).click()
    await page
      .getByRole('status')
      .filter({ hasText: /to ops@example\.com and owner@example\.com: 2 e-mails queued\.$/ })
      .waitFor()

    await reports.getByRole('button', { name: /^Delete the weekly report/ }).click()
    await reports.getByRole('button', { name: 'Delete the report' }).click()
    await page.getByText('No scheduled reports yet.').waitFor()
    await page
      .getByRole('status')
      .filter({ hasText: /^Deleted the report for Brand: / })
      .waitFor()

    // Retention: out of range is refused by the API, its message beside the field.
    const days = page.getByLabel('Keep raw events for (days)')
    expect(await days.inputValue()).toBe('90')
    await days.fill('5')
    await page.getByRole('button', { name: 'Save retention' }).click()
    await expect.poll(() => days.getAttribute('aria-invalid'), POLL).toBe('true')
    const errorId = (await days.getAttribute('aria-describedby'))?.split(' ')[1]
    expect(await page.locator(`#${errorId}`).textContent()).toMatch(/7/)
    await expectAccessible(page)
    await days.fill('120')
    await page.getByRole('button', { name: 'Save retention' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: 'Saved: raw events are now kept for 120 days.' })
      .waitFor()
    expect(await days.getAttribute('aria-invalid')).toBeNull()
    await page.reload()
    await page.getByRole('heading', { name: 'Analytics reports', level: 1 }).waitFor()
    await expect.poll(() => page.getByLabel('Keep raw events for (days)').inputValue(), POLL).toBe('120')
  })
})
