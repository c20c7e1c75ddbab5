// Contacts as a person works them: add one with the form, find it with the filter builder among
// others, open it; keyboard- and screen-reader-clean, on a phone too.
import { describe, expect, it } from 'vitest'
import { browserPlatformForFile, expectAccessible, pageApi } from './helpers/platform-browser.ts'
import { signIn } from './helpers/sign-in.ts'

const app = browserPlatformForFile('vitrine-contacts-')

describe('contacts', () => {
  it('creates a contact, filters the list down to it and opens it', async () => {
    const tag = `Ct${Date.now().toString(36)}`
    const page = await app.newPage()
    await signIn(page, app.url, { heading: 'Leads' })
    await pageApi(page, '/api/v1/contacts', {
      name: `Ben ${tag}`,
      email: `ben-${tag}@example.com`.toLowerCase(),
    })

    await page.getByRole('link', { name: 'Contacts', exact: true }).click()
    await page.getByRole('heading', { name: 'Contacts', level: 1 }).waitFor()
    await page.getByRole('link', { name: 'New contact' }).click()
    await page.getByRole('heading', { name: 'New contact', level: 1 }).waitFor()
    await page.getByLabel('Name', { exact: true }).fill(`Asha ${tag}`)
    await page.getByRole('textbox', { name: 'E-mail' }).fill(`ASHA-${tag}@Example.com`)
    await page.getByRole('textbox', { name: 'Phone', exact: true }).fill('+44 20 7946 0958')
    await page.getByLabel('Lifecycle stage').selectOption('customer')
    await page.getByLabel('Tags', { exact: true }).fill('vip, walk-in')
    await page.getByRole('checkbox', { name: 'E-mail' }).check()
    await expectAccessible(page)
    await page.getByRole('button', { name: 'Create contact' }).click()

    // The new contact's page, with the address and number in one spelling.
    await page.getByRole('heading', { name: `Asha ${tag}`, level: 1 }).waitFor()
    await page.getByText(`asha-${tag.toLowerCase()}@example.com`).waitFor()
    await page.getByText('+442079460958').waitFor()
    await expectAccessible(page)

    // Search narrows to both; a condition on the lifecycle stage leaves the customer.
    await page.getByRole('link', { name: 'Back to contacts' }).click()
    await page.getByRole('heading', { name: 'Contacts', level: 1 }).waitFor()
    await page.getByRole('rowheader').first().waitFor()
    const shown = async () => (await page.getByRole('rowheader').getByRole('link').allTextContents()).sort()
    await page.getByRole('searchbox', { name: 'Search contacts' }).fill(tag)
    await expect.poll(() => page.url()).toContain(`q=${tag}`)
    await expect.poll(shown, { timeout: 10_000 }).toEqual([`Asha ${tag}`, `Ben ${tag}`])
    await page.getByText('Filters', { exact: true }).click()
    await page.getByRole('button', { name: 'Add condition' }).click()
    await page.getByLabel('Field, condition 1').selectOption({ label: 'Lifecycle stage' })
    await page.getByLabel('Value, condition 1').selectOption('customer')
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await expect.poll(shown, { timeout: 10_000 }).toEqual([`Asha ${tag}`])
    await expect.poll(() => page.url()).toContain('lifecycleStage')
    await expectAccessible(page)

    // Saved as a personal view, it comes back from the picker.
    await page.getByRole('button', { name: 'Save as a view…' }).click()
    await page.getByLabel('Name for this view').fill(`Customers ${tag}`)
    await page.getByRole('button', { name: 'Save view' }).click()
    await expect.poll(() => page.getByLabel('Saved view').inputValue()).toMatch(/^view_/)

    // Open it; on a phone as well.
    await page.getByRole('link', { name: `Asha ${tag}` }).click()
    await page.getByRole('heading', { name: `Asha ${tag}`, level: 1 }).waitFor()
    await page.getByRole('heading', { name: 'Companies', level: 2 }).waitFor()
    await page.setViewportSize({ width: 390, height: 844 })
    await expectAccessible(page)
  })
})
