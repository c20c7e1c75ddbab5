// Funnels as an owner meets them. Raw events are written straight into the platform's local D1
// (as the pipeline would have), so every number on screen is known in advance: a funnel is
// created from the suggestion and its report checked step by step, its CSV read back and the
// raw-event retention limit met — each screen checked with axe.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { focused, POLL, rowsOf, seedFunnelAnalytics, valuesOf } from './helpers/analytics-funnel-seed.ts'
import { browserPlatformForFile, expectAccessible } from './helpers/platform-browser.ts'
import { signIn as signInAs } from './helpers/sign-in.ts'

const app = browserPlatformForFile('vitrine-analytics-funnels-')

beforeAll(async () => {
  await seedFunnelAnalytics(app.stateDir)
})

const signIn = (page: Page) => signInAs(page, app.url, { heading: 'Leads' })

describe('analytics funnels, attribution and reports', () => {
  it('creates the suggested funnel and shows its exact steps, with a CSV and the retention limit', async () => {
    const page = await app.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })
    await signIn(page)
    await page.goto(`${app.url}/app/analytics/funnels`)
    await page.getByRole('heading', { name: 'Funnels', level: 1 }).waitFor()

    // A first visit with no funnel opens the suggestion, ready to save.
    const form = page.getByRole('form', { name: 'Your first funnel' })
    await form.waitFor()
    expect(await form.getByLabel('Name').inputValue()).toBe('Scan to lead')
    const labels = () => valuesOf(form.getByLabel('Label', { exact: true }))
    expect(await labels()).toEqual(['Scan', 'View', 'WhatsApp click', 'Lead'])
    expect(await form.getByLabel('Action', { exact: true }).inputValue()).toBe('whatsapp')
    await expectAccessible(page)

    // Steps move by keyboard; focus stays on the button pressed, now on the step's new place.
    const down = form.getByRole('button', { name: 'Move step 2 (View) down' })
    await down.focus()
    await page.keyboard.press('Enter')
    expect(await labels()).toEqual(['Scan', 'WhatsApp click', 'View', 'Lead'])
    expect(await focused(page).getAttribute('aria-label')).toBe('Move step 3 (View) down')
    await form.getByRole('button', { name: 'Move step 3 (View) up' }).press('Enter')
    expect(await labels()).toEqual(['Scan', 'View', 'WhatsApp click', 'Lead'])
    await form.getByRole('status').filter({ hasText: 'View is now step 2 of 4.' }).waitFor()
    // A fifth step added then removed again: focus goes to the step taking its place.
    await form.getByRole('button', { name: 'Add a step' }).click()
    expect(await labels()).toHaveLength(5)
    await form.getByRole('button', { name: 'Remove step 5 (View)' }).click()
    expect(await labels()).toHaveLength(4)

    await form.getByRole('button', { name: 'Create the funnel' }).click()
    await page.getByRole('status').filter({ hasText: 'Created the funnel “Scan to lead”.' }).waitFor()
    expect(new URL(page.url()).pathname).toMatch(/^\/app\/analytics\/funnels\/fnl_/)

    const steps = page.getByRole('table', { name: 'Visitors at each step of “Scan to lead”' })
    await steps.waitFor()
    expect(await rowsOf(steps)).toEqual([
      ['1. Scan', '5', '—First step', '100%'],
      ['2. View', '3', '40%', '60%'],
      ['3. WhatsApp click', '2', '33.3%', '40%'],
      ['4. Lead', '1', '50%', '20%'],
    ])
    const chart = page.getByRole('img', { name: 'Visitors through “Scan to lead”' })
    await chart.waitFor()
    expect(await page.locator(`#${await chart.getAttribute('aria-describedby')}`).textContent()).toBe(
      '5 visitors reached Scan; 1 (20%) went on to Lead. The most were lost between WhatsApp click and Lead (50%). The table below has every step.',
    )
    expect(
      await page.getByRole('table', { name: 'Funnels, oldest first' }).getByRole('link').allTextContents(),
    ).toEqual(['Scan to lead'])
    await expectAccessible(page)

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download the funnel as CSV' }).click(),
    ])
    const path = join(app.stateDir, csv.suggestedFilename())
    await csv.saveAs(path)
    const lines = (await readFile(path, 'utf8'))
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/)
    expect(lines).toEqual([
      '"step","label","kind","action","visitors","drop_off","from_start"',
      '"1","Scan","scan","","5","0","1"',
      '"2","View","view","","3","0.4","0.6"',
      '"3","WhatsApp click","action","whatsapp","2","0.3333","0.4"',
      '"4","Lead","lead","","1","0.5","0.2"',
    ])

    // A period reaching past the 90 days of raw events is refused, and the API says why.
    await page.getByRole('radio', { name: 'Last 12 months' }).check()
    await page
      .getByRole('alert')
      .filter({
        hasText: /Raw events are kept 90 days, so funnels start on \d{4}-\d{2}-\d{2} at the earliest/,
      })
      .waitFor()
    await page.getByRole('radio', { name: 'Last 7 days' }).check()
    await expect
      .poll(async () => (await rowsOf(steps)).map((row) => row[1]), POLL)
      .toEqual(['5', '3', '2', '1'])
  })
})
