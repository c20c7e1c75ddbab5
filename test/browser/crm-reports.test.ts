// The reports screen as an owner meets it: deals, their stage history, contacts and activities
// written into the platform's Postgres for the demo organisation, then the Sales, Pipeline,
// Forecast, Win/loss, Contacts and Activity tabs, a chart shown as a table, the CSV download, and
// the screen at phone width; axe finds nothing wrong on the way.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { DEMO } from '../../scripts/lib/demo.ts'
import { newId } from '../../worker/lib/ids.ts'
import { connectPg, withTenant } from '../../worker/lib/pg.ts'
import { activities } from '../../worker/modules/crm/activities/activities.tables.ts'
import { contacts } from '../../worker/modules/crm/contacts/contacts.tables.ts'
import { dealStageChanges, deals, pipelines, stages } from '../../worker/modules/crm/deals/deals.tables.ts'
import { browserPlatformForFile, expectAccessible } from './helpers/platform-browser.ts'
import { signIn as signInAs } from './helpers/sign-in.ts'

const app = browserPlatformForFile('vitrine-crm-reports-')
const DAY = 86_400_000
const daysAgo = (n: number) => new Date(Date.now() - n * DAY)
const day = (date: Date) => date.toISOString().slice(0, 10)
const pipelineId = newId('pipeline')
const stageIds = ['New', 'Proposal', 'Won', 'Lost'].map(() => newId('stage'))

/** Two deals won and one lost in the last weeks, two open ones due this month, contacts, tasks. */
async function seedCrm(adminUrl: string) {
  const pg = connectPg(adminUrl)
  const tenantId = DEMO.tenantId
  const [newStage = '', proposal = '', won = '', lost = ''] = stageIds
  try {
    await withTenant(pg.db, tenantId, async (tx) => {
      await tx.insert(pipelines).values({ id: pipelineId, tenantId, name: 'Reports test', position: 9 })
      await tx.insert(stages).values(
        [
          { name: 'New', winProbability: 20, kind: 'open' as const },
          { name: 'Proposal', winProbability: 60, kind: 'open' as const },
          { name: 'Won', winProbability: 100, kind: 'won' as const },
          { name: 'Lost', winProbability: 0, kind: 'lost' as const },
        ].map((s, position) => ({ ...s, id: stageIds[position] ?? '', tenantId, pipelineId, position })),
      )
      const contactId = newId('contact')
      await tx.insert(contacts).values({
        id: contactId,
        tenantId,
        name: 'Report Person',
        source: 'microsite_form',
        branchId: DEMO.branchId,
        createdAt: daysAgo(3),
      })
      const deal = async (path: [string, Date][], values: Partial<typeof deals.$inferInsert>) => {
        const id = newId('deal')
        const last = path.at(-1) ?? ['', new Date()]
        await tx.insert(deals).values({
          id,
          tenantId,
          pipelineId,
          stageId: last[0],
          name: `Deal ${id.slice(-4)}`,
          amountMinor: 100_000,
          currency: 'USD',
          ownerUserId: DEMO.userId,
          branchId: DEMO.branchId,
          contactId,
          createdAt: path[0]?.[1] ?? new Date(),
          ...values,
        })
        await tx.insert(dealStageChanges).values(
          path.map(([stageId, at], i) => ({
            id: newId('dealStageChange'),
            tenantId,
            dealId: id,
            pipelineId,
            fromStageId: path[i - 1]?.[0] ?? null,
            toStageId: stageId,
            secondsInFromStage:
              i > 0 ? Math.round((at.getTime() - (path[i - 1]?.[1].getTime() ?? 0)) / 1000) : null,
            at,
          })),
        )
      }
      await deal(
        [
          [newStage, daysAgo(20)],
          [proposal, daysAgo(15)],
          [won, daysAgo(10)],
        ],
        { status: 'won', closedAt: daysAgo(10), closeReason: 'Good fit' },
      )
      await deal(
        [
          [newStage, daysAgo(12)],
          [won, daysAgo(2)],
        ],
        { status: 'won', closedAt: daysAgo(2), amountMinor: 50_000, closeReason: 'Good fit' },
      )
      await deal(
        [
          [newStage, daysAgo(9)],
          [lost, daysAgo(4)],
        ],
        { status: 'lost', closedAt: daysAgo(4), closeReason: 'Price' },
      )
      await deal([[proposal, daysAgo(6)]], { expectedCloseDate: day(new Date()), amountMinor: 200_000 })
      await deal([[newStage, daysAgo(1)]], { expectedCloseDate: day(daysAgo(3)), amountMinor: 30_000 })
      await tx.insert(activities).values([
        {
          id: newId('activity'),
          tenantId,
          contactId,
          type: 'call',
          body: 'Called',
          createdByUserId: DEMO.userId,
        },
        {
          id: newId('activity'),
          tenantId,
          contactId,
          type: 'task',
          body: 'Send the quote',
          createdByUserId: DEMO.userId,
          assigneeUserId: DEMO.userId,
          dueAt: daysAgo(1),
        },
      ])
    })
  } finally {
    await pg.close()
  }
}

beforeAll(async () => {
  await seedCrm(app.platform.pg.adminUrl)
})

const signIn = (page: Page) => signInAs(page, app.url, { heading: 'Leads' })
const kpi = (page: Page, term: string) =>
  page
    .locator('.report-kpis > div')
    .filter({ has: page.getByText(term, { exact: true }) })
    .locator('dd')
const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true })

describe('CRM reports', () => {
  it('shows every report, a chart as a table and a CSV, keyboard and screen reader friendly', async () => {
    const page = await app.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })
    await signIn(page)
    await page.getByRole('link', { name: 'Reports', exact: true }).click()
    await page.getByRole('heading', { name: 'Reports', level: 1 }).waitFor()
    expect(await tab(page, 'Sales').getAttribute('aria-selected')).toBe('true')
    await page
      .getByRole('status')
      .filter({ hasText: /^Showing sales from/ })
      .waitFor()
    // The demo organisation may have deals of its own: the test pipeline only.
    await page.getByRole('combobox', { name: 'Pipeline' }).selectOption(pipelineId)
    await page.getByRole('radio', { name: 'Last 30 days' }).check()
    await expect.poll(() => kpi(page, 'Deals won').textContent()).toBe('2')
    expect(new URL(page.url()).searchParams.get('pipelineId')).toBe(pipelineId)
    expect(await kpi(page, 'Win rate').textContent()).toMatch(/66\.7\s?%/)
    const chart = page.getByRole('img', { name: 'Won per week (USD)' })
    await chart.waitFor()
    await expectAccessible(page)

    // The chart's numbers as a visible table, and back.
    const toggle = page
      .getByRole('figure', { name: 'Won per week (USD)' })
      .getByRole('button', { name: 'Show as table' })
    await toggle.click()
    expect(await toggle.getAttribute('aria-pressed')).toBe('true')
    const table = page.getByRole('table', { name: 'Deals won per week in USD' })
    await table.waitFor()
    expect(await table.getByRole('row').count()).toBeGreaterThan(4)
    expect(await chart.count()).toBe(0)
    await expectAccessible(page)
    await toggle.click()
    await chart.waitFor()

    // The CSV of what is shown.
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Download CSV/ }).click(),
    ])
    expect(csv.suggestedFilename()).toMatch(/^vitrine-sales-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/)
    const saved = join(app.stateDir, csv.suggestedFilename())
    await csv.saveAs(saved)
    expect((await readFile(saved, 'utf8')).split('\r\n')[0]).toBe(
      '\uFEFF"Period start","Currency","Won deals","Won amount"',
    )

    // Pipeline: the test pipeline chosen, its funnel.
    await tab(page, 'Sales').focus()
    await page.keyboard.press('ArrowRight')
    expect(await tab(page, 'Pipeline').getAttribute('aria-selected')).toBe('true')
    await page.locator('strong', { hasText: 'Reports test' }).waitFor()
    const funnel = page.getByRole('img', { name: 'Conversion by stage' })
    await funnel.waitFor()
    expect(await page.locator(`#${await funnel.getAttribute('aria-describedby')}`).textContent()).toContain(
      'New: 2 of 4 moved on',
    )
    expect(new URL(page.url()).searchParams.get('tab')).toBe('pipeline')
    await expectAccessible(page)

    // Forecast: open deals this month and overdue, weighted by stage (60 % of $2,000 + 20 % of $300).
    await tab(page, 'Forecast').click()
    await page.getByRole('img', { name: 'Forecast by expected close month (USD)' }).waitFor()
    await expect.poll(() => kpi(page, 'Weighted amount').textContent()).toBe('$1,260.00')
    expect(await kpi(page, 'Overdue').textContent()).toBe('$300.00')
    await expectAccessible(page)

    await tab(page, 'Win/loss').click()
    await page.getByRole('img', { name: 'Reasons (USD)' }).waitFor()
    await page.getByRole('table', { name: 'Deals won and lost by owner' }).waitFor()
    await expectAccessible(page)

    await tab(page, 'Contacts').click()
    await page.getByRole('img', { name: 'Total contacts' }).waitFor()
    await expectAccessible(page)

    await tab(page, 'Activity').click()
    const members = page.getByRole('table', { name: 'Activities by member' })
    await members.waitFor()
    expect(Number(await kpi(page, 'Overdue now').textContent())).toBeGreaterThanOrEqual(1)
    await expectAccessible(page)
  })

  it('fits a phone screen', async () => {
    const page = await app.newPage({ viewport: { width: 375, height: 800 } })
    await signIn(page)
    await page.goto(`${app.url}/app/reports?tab=forecast`)
    await page.getByRole('heading', { name: 'Reports', level: 1 }).waitFor()
    await page.getByRole('img', { name: /^Forecast by expected close month/ }).waitFor()
    // Nothing wider than the screen, outside regions that scroll sideways on purpose (tables).
    const tooWide = await page.evaluate<string[]>(`[...document.querySelectorAll('main *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
      .filter((el) => !el.parentElement.closest('.table-scroll, .report-tabs__list, .visually-hidden'))
      .map((el) => el.tagName.toLowerCase() + '.' + [...el.classList].join('.'))`)
    expect(tooWide).toEqual([])
    expect(
      await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth'),
    ).toBeLessThanOrEqual(0)
    await expectAccessible(page)
  })
})
