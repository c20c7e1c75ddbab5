// Lead scoring as an owner meets it: add rules in the settings dialog with the keyboard, switch
// one off and on, recompute with progress, then open a contact and read its score and reasons
// from the badge; attach a file to the contact, see its thumbnail and preview, delete it; the
// settings screen, the badge and the files panel axe-clean.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { browserPlatformForFile, expectAccessible } from './helpers/platform-browser.ts'
import { signIn } from './helpers/sign-in.ts'

const app = browserPlatformForFile('vitrine-scoring-')

const ONE_PIXEL_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='

/** A contact made through the API from inside the page (same origin, the session's cookie). */
async function createContact(page: Page, body: Record<string, unknown>): Promise<string> {
  const created = (await page.evaluate(async (payload) => {
    const res = await fetch('/api/v1/contacts', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(payload),
    })
    return { status: res.status, body: await res.json() }
  }, body)) as { status: number; body: { id: string } }
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return created.body.id
}

async function addRule(page: Page, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) {
  await page.getByRole('button', { name: 'Add a rule' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add a rule' })
  await dialog.waitFor()
  await fill(dialog)
  await dialog.getByRole('button', { name: 'Add rule' }).click()
  await dialog.waitFor({ state: 'detached' })
}

describe('lead scoring', () => {
  it('adds rules, recomputes, and shows a contact its score with the reasons', async () => {
    const page = await app.newPage({ viewport: { width: 1280, height: 900 } })
    await signIn(page, app.url)
    // The login screen's own heading satisfies signIn; wait until the session really started.
    await page.waitForURL((url) => !url.pathname.endsWith('/login'))
    const contactId = await createContact(page, {
      name: 'Asha Scored',
      email: `asha-${crypto.randomUUID().slice(0, 8)}@example.com`,
      source: 'microsite_form',
    })

    await page.goto(`${app.url}/app/settings/scoring`)
    await page.getByRole('heading', { level: 1, name: 'Lead scoring' }).waitFor()
    await page.getByRole('button', { name: 'Use suggested rules' }).waitFor()
    await expectAccessible(page)

    await addRule(page, async (dialog) => {
      await dialog.getByLabel('Name').fill('Asked through the site')
      // Source is the default kind; "Site form" is ticked already.
      await expect.poll(() => dialog.getByLabel('Site form').isChecked()).toBe(true)
      await expectAccessible(page)
      await dialog.getByLabel('Points', { exact: true }).fill('40')
    })
    await addRule(page, async (dialog) => {
      await dialog.getByLabel('Name').fill('Recent activity')
      await dialog.getByRole('radio', { name: /^Recency/ }).check()
      await dialog.getByLabel('Points halve every (days)').fill('14')
      await dialog.getByLabel('Points', { exact: true }).fill('20')
    })
    // A rule that would take points away, switched off: it must not count.
    await addRule(page, async (dialog) => {
      await dialog.getByLabel('Name').fill('Called twice')
      await dialog.getByRole('radio', { name: /^Engagement/ }).check()
      await dialog.getByLabel('What they did').selectOption('calls')
      await dialog.getByLabel('At least (times)').fill('2')
      await dialog.getByLabel('Points', { exact: true }).fill('-15')
    })

    const table = page.getByRole('region', { name: 'Scoring rules' })
    await table.getByText('Came from Site form').waitFor()
    await table.getByText('+40').waitFor()
    await table.getByText('−15').waitFor()
    const calledTwice = page.getByRole('checkbox', { name: 'Use Called twice' })
    await calledTwice.uncheck()
    await page.getByText('Called twice switched off').waitFor({ state: 'attached' })
    await expectAccessible(page)

    await page.getByRole('button', { name: 'Recompute now' }).click()
    await page.getByText(/^Recomputed \d+ contacts/).waitFor({ timeout: 30_000 })

    await page.goto(`${app.url}/app/contacts/${contactId}`)
    const badge = page.getByRole('button', { name: /Lead score 60 of 100, Warm/ })
    await badge.waitFor({ timeout: 15_000 })
    await badge.focus()
    await page.keyboard.press('Enter')
    const reasons = page.getByRole('group', { name: 'Why this score' })
    await reasons.getByText('Asked through the site').waitFor()
    expect(await reasons.getByRole('listitem').allTextContents()).toEqual([
      '+40 Asked through the site',
      '+20 Recent activity',
    ])
    await expectAccessible(page, { include: '.score-badge' })
    await page.keyboard.press('Escape')
    await reasons.waitFor({ state: 'detached' })
    await expect
      .poll(() => page.evaluate('document.activeElement?.className'))
      .toContain('score-badge__button')

    // Files on the same contact: upload with progress, a thumbnail through a signed link, delete.
    const files = page.getByRole('region', { name: 'Files' })
    await files.getByText('No files yet.').waitFor()
    await files.getByLabel('Attach a file').setInputFiles({
      name: 'dot.png',
      mimeType: 'image/png',
      buffer: Buffer.from(ONE_PIXEL_PNG, 'base64'),
    })
    await files.locator('.attachment__name', { hasText: 'dot.png' }).waitFor()
    await files.getByText(/^dot\.png attached/).waitFor({ state: 'attached' })
    const thumb = files.locator('.attachment__thumb img')
    await expect
      .poll(() => thumb.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth))
      .toBe(1)
    await files.getByRole('button', { name: 'Preview dot.png' }).click()
    await files.getByRole('img', { name: 'Preview of dot.png' }).waitFor()
    await expectAccessible(page, { include: '.attachments' })
    await files.getByRole('button', { name: 'Delete dot.png' }).click()
    await files.getByRole('button', { name: 'Delete file' }).click()
    await files.getByText('No files yet.').waitFor()
  })
})
