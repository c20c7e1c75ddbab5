// The deals board as a person works it: drag a card to another stage with the pointer, carry
// one with the keyboard, lose one with a reason, open one; keyboard- and screen-reader-clean,
// on a phone too.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { browserPlatformForFile, expectAccessible, pageApi } from './helpers/platform-browser.ts'
import { signIn } from './helpers/sign-in.ts'

const app = browserPlatformForFile('vitrine-deals-')

interface Pipeline {
  id: string
  isDefault: boolean
  stages: { id: string; name: string }[]
}

interface Deal {
  id: string
  stageId: string
  status: string
  closeReason: string | null
}

/** Waits for the server to hold the deal in `stageId`; on failure, says what the page showed. */
async function expectStage(page: Page, read: () => Promise<Deal>, stageId: string) {
  try {
    await expect.poll(async () => (await read()).stageId, { timeout: 20_000 }).toBe(stageId)
  } catch (error) {
    console.log('The board said:', await page.locator('main').textContent())
    throw error
  }
}

const column = (page: Page, stage: string) =>
  page.locator('section.board-column').filter({ has: page.getByRole('heading', { name: stage, level: 2 }) })

describe('deals board', () => {
  it('moves deals by pointer and by keyboard, and asks why one was lost', async () => {
    const tag = `D${Date.now().toString(36)}`
    const page = await app.newPage()
    await signIn(page, app.url, { heading: 'Leads' })
    const { items } = await pageApi<{ items: Pipeline[] }>(page, '/api/v1/pipelines')
    const pipeline = items.find((p) => p.isDefault)!
    const stage = (name: string) => pipeline.stages.find((s) => s.name === name)!.id
    const create = (name: string, stageName: string) =>
      pageApi<Deal>(page, '/api/v1/deals', {
        pipelineId: pipeline.id,
        stageId: stage(stageName),
        name,
        amountMinor: 250_000,
        currency: 'EUR',
      })
    const dragged = await create(`Drag ${tag}`, 'New')
    const carried = await create(`Keys ${tag}`, 'New')
    await create(`Stays ${tag}`, 'Qualified')
    const dealNow = (id: string) => pageApi<Deal>(page, `/api/v1/deals/${id}`)

    await page.getByRole('link', { name: 'Deals', exact: true }).click()
    await page.getByRole('heading', { name: 'Deals', level: 1 }).waitFor()
    await column(page, 'New').getByText(`Drag ${tag}`).waitFor()
    await expectAccessible(page)

    // Pointer: drag the card onto the Qualified column; it lands there, on screen and on the server.
    await page.dragAndDrop(`[data-deal-id="${dragged.id}"]`, 'section.board-column:nth-of-type(3) ol')
    await column(page, 'Qualified').getByText(`Drag ${tag}`).waitFor()
    await expectStage(page, () => dealNow(dragged.id), stage('Qualified'))

    // Keyboard: Space picks it up, two steps right, Space drops it; the live region says so.
    const card = page.locator(`[data-deal-id="${carried.id}"]`)
    await card.focus()
    await page.keyboard.press('Space')
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Picked up' }).count()).toBe(1)
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Space')
    await column(page, 'Qualified').getByText(`Keys ${tag}`).waitFor()
    await expectStage(page, () => dealNow(carried.id), stage('Qualified'))
    await page.getByText(`Keys ${tag} moved to Qualified.`).waitFor()
    await expect
      .poll(() =>
        page.evaluate<string | null>("document.activeElement?.getAttribute('data-deal-id') ?? null"),
      )
      .toBe(carried.id)

    // Carried on to Lost, the board asks why before it saves; Escape would have put it back.
    await page.keyboard.press('Space')
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Space')
    const dialog = page.getByRole('dialog', { name: /Mark as lost/ })
    await dialog.waitFor()
    await expectAccessible(page)
    await dialog.getByLabel('Why was it lost?').fill('Chose a cheaper caterer')
    await dialog.getByRole('button', { name: 'Move to Lost' }).click()
    await expect
      .poll(async () => {
        const now = await dealNow(carried.id)
        return [now.status, now.closeReason]
      })
      .toEqual(['lost', 'Chose a cheaper caterer'])
    await column(page, 'Lost').getByText(`Keys ${tag}`).waitFor()

    // Enter opens the deal: its history shows each stage it went through.
    await page.locator(`[data-deal-id="${dragged.id}"]`).focus()
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: `Drag ${tag}`, level: 1 }).waitFor()
    await page.getByRole('heading', { name: 'Stage history', level: 2 }).waitFor()
    await page.getByText(/New\s*→\s*Qualified/).waitFor()
    // The activity composer (features/activities) is checked by its own suite.
    await expectAccessible(page, {
      include:
        '.page-header, .deal-stage, .record-side, .record-main > .record-panel:not(:has(.activity-composer))',
    })

    await page.goBack()
    await page.getByRole('heading', { name: 'Deals', level: 1 }).waitFor()
    await column(page, 'Qualified').getByText(`Drag ${tag}`).waitFor()
    await page.setViewportSize({ width: 390, height: 844 })
    await expectAccessible(page)
  })

  it('shows a move made elsewhere without a reload', async () => {
    const tag = `L${Date.now().toString(36)}`
    const page = await app.newPage()
    await signIn(page, app.url, { heading: 'Leads' })
    const { items } = await pageApi<{ items: Pipeline[] }>(page, '/api/v1/pipelines')
    const pipeline = items.find((p) => p.isDefault)!
    const stage = (name: string) => pipeline.stages.find((s) => s.name === name)!.id
    const deal = await pageApi<Deal & { version: number }>(page, '/api/v1/deals', {
      pipelineId: pipeline.id,
      stageId: stage('New'),
      name: `Live ${tag}`,
    })
    await page.goto(`${app.url}/app/deals`)
    await column(page, 'New').getByText(`Live ${tag}`).waitFor()
    await pageApi(page, `/api/v1/deals/${deal.id}/move`, {
      stageId: stage('Proposal'),
      version: deal.version,
    })
    await column(page, 'Proposal').getByText(`Live ${tag}`).waitFor({ timeout: 10_000 })
  })
})
