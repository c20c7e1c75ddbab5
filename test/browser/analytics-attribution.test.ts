// Attribution as an owner meets it. Analytics leads and their touches are written straight into
// the platform's local D1 (as the pipeline would have), so every number on screen is known in
// advance: the four models compared per source and per campaign, one lead's path opened, and
// the way there from the lead's own page — each screen checked with axe.
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  LEAD_QR_THEN_CAMPAIGN,
  POLL,
  rowsOf,
  seedCrmLead,
  seedFunnelAnalytics,
} from './helpers/analytics-funnel-seed.ts'
import { browserPlatformForFile, expectAccessible } from './helpers/platform-browser.ts'
import { signIn as signInAs } from './helpers/sign-in.ts'

const app = browserPlatformForFile('vitrine-analytics-attribution-')

beforeAll(async () => {
  await seedFunnelAnalytics(app.stateDir)
})

const signIn = (page: Page) => signInAs(page, app.url, { heading: 'Leads' })

/** The CRM side of an analytics lead: a contact, the lead and its first touch, as the pipeline stores them. */
const crmLead = (leadId: string, name: string) => seedCrmLead(app.platform.pg.adminUrl, leadId, name)

describe('analytics funnels, attribution and reports', () => {
  it('compares the four attribution models per source, and opens one lead’s path', async () => {
    const page = await app.newPage({ viewport: { width: 1280, height: 900 } })
    await signIn(page)
    await page.goto(`${app.url}/app/analytics/funnels`)
    await page
      .getByRole('navigation', { name: 'Analytics', exact: true })
      .getByRole('link', { name: 'Attribution' })
      .click()
    await page.getByRole('heading', { name: 'Attribution', level: 1 }).waitFor()
    expect(
      await page.getByRole('link', { name: 'Attribution', exact: true }).getAttribute('aria-current'),
    ).toBe('page')

    const table = page.getByRole('table', { name: 'Leads credited to each source by the four models' })
    await table.waitFor()
    expect(await table.getByRole('columnheader').allTextContents()).toEqual([
      'Source',
      'First touch',
      'Last touch',
      'Linear',
      'Time decay',
    ])
    // Sorted by linear credit. Time decay (24 h half-life): the scan two hours before the lead
    // weighs 2^(-1/24) of the campaign link an hour before it.
    expect(await rowsOf(table)).toEqual([
      ['instagram', '1', '2', '1.5', '1.51'],
      ['Direct', '1', '1', '1', '1'],
      ['QR codes', '1', '0', '0.5', '0.49'],
      ['All leads', '3', '3', '3', '3'],
    ])
    await page.getByRole('img', { name: 'Leads credited per source, by model' }).waitFor()
    await page
      .getByRole('status')
      .filter({ hasText: /3 leads\.$/ })
      .waitFor()
    await expectAccessible(page)

    // A one-hour half-life: the scan weighs half the campaign link.
    await page.getByLabel('Time-decay half-life (hours)').fill('0')
    await page.getByRole('button', { name: 'Apply the half-life' }).click()
    await page.getByRole('alert').filter({ hasText: 'Enter a number of hours from 1 to 720.' }).waitFor()
    await page.getByLabel('Time-decay half-life (hours)').fill('1')
    await page.getByRole('button', { name: 'Apply the half-life' }).click()
    await expect
      .poll(async () => (await rowsOf(table)).map((row) => row[4]), POLL)
      .toEqual(['1.67', '1', '0.33', '3'])

    await page.getByLabel('Credit by').selectOption('campaign')
    const campaigns = page.getByRole('table', { name: 'Leads credited to each campaign by the four models' })
    await campaigns.waitFor()
    expect((await rowsOf(campaigns)).map((row) => row.slice(0, 4))).toEqual([
      // A tie on linear credit: by key, and the API's '(none)' sorts first.
      ['(no campaign)', '2', '1', '1.5'],
      ['spring', '1', '2', '1.5'],
      ['All leads', '3', '3', '3'],
    ])
    await expectAccessible(page)

    // One lead's path, by its id: the scan, then the campaign link, each model's share.
    await page.getByLabel('Lead id').fill(LEAD_QR_THEN_CAMPAIGN)
    await page.getByLabel('Lead id').press('Enter')
    await page.getByRole('heading', { name: 'How this lead found you', level: 1 }).waitFor()
    await page.getByRole('heading', { name: '2 touches, oldest first', level: 2 }).waitFor()
    const touches = page.locator('ol.an-touches > li')
    expect(await touches.count()).toBe(2)
    expect(await touches.nth(0).textContent()).toContain('QR code')
    expect(await touches.nth(0).textContent()).toContain('Placement: table 4')
    expect(await touches.nth(1).textContent()).toContain('Campaign: spring')
    const credit = (index: number) => touches.nth(index).getByRole('definition').allTextContents()
    expect(await credit(0)).toEqual(['100%', '0%', '50%', '49.3%'])
    expect(await credit(1)).toEqual(['0%', '100%', '50%', '50.7%'])
    await expectAccessible(page)
  })

  it('links a lead’s page to how it found you', async () => {
    await crmLead(LEAD_QR_THEN_CAMPAIGN, 'Asha')
    const page = await app.newPage({ viewport: { width: 390, height: 844 } })
    await signIn(page)
    await page.goto(`${app.url}/app/leads/${LEAD_QR_THEN_CAMPAIGN}`)
    await page.getByRole('heading', { name: 'Asha', level: 1 }).waitFor()
    await page.getByRole('link', { name: 'How this lead found you' }).click()
    await page.getByRole('heading', { name: 'How this lead found you', level: 1 }).waitFor()
    expect(new URL(page.url()).pathname).toBe(`/app/analytics/attribution/leads/${LEAD_QR_THEN_CAMPAIGN}`)
    await page.getByRole('heading', { name: '2 touches, oldest first', level: 2 }).waitFor()
    await page.getByRole('link', { name: 'Open the lead' }).click()
    await page.getByRole('heading', { name: 'Asha', level: 1 }).waitFor()
  })
})
