// Importing contacts as a person would: upload a small CSV, check the suggested mapping, see the
// row report, confirm skipping the bad row, and watch the import run to its summary; then a bulk
// tag from the contacts list with its undo toast. Keyboard- and screen-reader-clean, on a phone too.
import { describe, expect, it } from 'vitest'
import { browserPlatformForFile, expectAccessible } from './helpers/platform-browser.ts'
import { signIn } from './helpers/sign-in.ts'

const app = browserPlatformForFile('vitrine-crm-import-')

describe('the import wizard', () => {
  it('maps, previews, imports the valid rows with progress, and offers undo for a bulk tag', async () => {
    const tag = `Im${Date.now().toString(36)}`
    const csv =
      'Full name,E-mail,Mobile,Notes\n' +
      `Asha ${tag},asha-${tag}@example.com,+44 20 7946 0958,likes tea\n` +
      `Bo ${tag},bo-${tag}@example.com,,\n` +
      `Cy ${tag},not-an-address,,\n` +
      `Di ${tag},di-${tag}@example.com,,\n`
    const page = await app.newPage()
    await signIn(page, app.url)
    await page.goto(`${app.url}/app/crm/imports`)
    await page.getByRole('heading', { name: 'Import contacts and companies', level: 1 }).waitFor()
    await page.getByLabel('CSV file', { exact: true }).setInputFiles({
      name: `people-${tag}.csv`,
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    })
    await expectAccessible(page)
    await page.getByRole('button', { name: 'Upload and map columns' }).click()

    // The suggested mapping; the notes column stays out.
    await page.getByRole('heading', { name: `2. Map the columns of people-${tag}.csv` }).waitFor()
    await expect.poll(() => page.getByLabel('Import the column “Full name” as').inputValue()).toBe('name')
    expect(await page.getByLabel('Import the column “E-mail” as').inputValue()).toBe('email')
    expect(await page.getByLabel('Import the column “Mobile” as').inputValue()).toBe('phone')
    expect(await page.getByLabel('Import the column “Notes” as').inputValue()).toBe('')
    await page.getByLabel('Merge into them').check()
    await page.getByLabel('Tag every imported record (optional)').fill(tag)
    await page.getByRole('button', { name: 'Check the rows' }).click()

    // The report: one bad row, named, and the confirmation that skips it.
    await page.getByRole('heading', { name: '3. Check and import' }).waitFor()
    const problems = page.getByRole('table', { name: 'Problems by row' })
    await expect.poll(() => problems.getByRole('row').count()).toBe(2)
    expect(await problems.getByRole('row').nth(1).textContent()).toMatch(/3.*email.*not an e-mail address/)
    await expectAccessible(page)
    await page.getByRole('button', { name: 'Import 3 valid rows, skip 1 invalid' }).click()

    // Progress until the summary; the bar ends full.
    await page.getByRole('heading', { name: `Import of people-${tag}.csv`, level: 1 }).waitFor()
    await page.getByText('Import finished: 3 created, 0 merged.').waitFor({ timeout: 60_000 })
    const bar = page.getByRole('progressbar', { name: '4 of 4 rows' })
    expect(await bar.getAttribute('value')).toBe('4')
    await page.getByRole('heading', { name: 'Summary', level: 2 }).waitFor()
    await page.getByRole('heading', { name: 'Rows not imported', level: 2 }).waitFor()
    await expectAccessible(page)
    await page.setViewportSize({ width: 390, height: 844 })
    await expectAccessible(page)
    await page.setViewportSize({ width: 1280, height: 900 })

    // The history lists it.
    await page.getByRole('link', { name: 'Imports' }).click()
    await page.getByRole('link', { name: `people-${tag}.csv` }).waitFor()

    // A bulk tag from the contacts list, then undone from its toast.
    await page.goto(`${app.url}/app/contacts`)
    await page.getByRole('searchbox', { name: 'Search contacts' }).fill(tag)
    // A new search clears the selection, so tick rows only once the search has applied.
    await expect.poll(() => page.url()).toContain(`q=${tag}`)
    await page.getByRole('checkbox', { name: `Select Asha ${tag}` }).check()
    await page.getByRole('checkbox', { name: `Select Bo ${tag}` }).check()
    await page.getByLabel('Action', { exact: true }).selectOption('tag')
    await page.getByLabel('Tags', { exact: true }).fill('follow-up')
    await page.getByRole('button', { name: 'Apply', exact: true }).click()
    const toast = page.getByRole('region', { name: 'Undo the last change' })
    await toast.getByText('Tagged 2 contacts.').waitFor()
    await expect.poll(() => toast.locator('.undo-toast__clock').textContent()).toMatch(/^(10:00|9:\d\d)$/)
    await expectAccessible(page)
    await toast.getByRole('button', { name: 'Undo', exact: true }).click()
    await toast.getByText('Undone: everything is as it was.').waitFor()
  })
})
