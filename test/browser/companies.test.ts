// Custom fields and companies as a person sets them up: define a company field in settings
// (reordered by keyboard), then create a company that fills it in and open it; keyboard- and
// screen-reader-clean, on a phone too.
import { describe, expect, it } from 'vitest'
import { browserPlatformForFile, expectAccessible } from './helpers/platform-browser.ts'
import { signIn } from './helpers/sign-in.ts'

const app = browserPlatformForFile('vitrine-companies-')

describe('custom fields and companies', () => {
  it('defines a company field, then creates a company with it', async () => {
    const tag = `Co${Date.now().toString(36)}`
    const page = await app.newPage()
    await signIn(page, app.url, { heading: 'Leads' })

    // Settings › Custom fields, the Companies tab reached with the arrow key.
    await page.getByRole('link', { name: 'Custom fields', exact: true }).click()
    await page.getByRole('heading', { name: 'Custom fields', level: 1 }).waitFor()
    await page.getByRole('tab', { name: 'Contacts' }).focus()
    await page.keyboard.press('ArrowRight')
    await expect
      .poll(() => page.getByRole('tab', { name: 'Companies' }).getAttribute('aria-selected'))
      .toBe('true')
    const panel = page.getByRole('tabpanel', { name: 'Companies' })

    await panel.getByRole('button', { name: 'Add field' }).click()
    const dialog = page.getByRole('dialog', { name: 'Add a company field' })
    await dialog.getByLabel('Label').fill(`Tier ${tag}`)
    await expect.poll(() => dialog.getByLabel('Key').inputValue()).toBe(`tier_${tag.toLowerCase()}`)
    await dialog.getByLabel('Type').selectOption({ label: 'Choice (one)' })
    await dialog.getByLabel('Options').fill('Gold\nSilver\nBronze')
    await dialog.getByRole('checkbox', { name: 'Required when a record is created' }).check()
    await expectAccessible(page)
    await dialog.getByRole('button', { name: 'Add field' }).click()
    await dialog.waitFor({ state: 'detached' })

    await panel.getByRole('button', { name: 'Add field' }).click()
    await page.getByRole('dialog').getByLabel('Label').fill(`Budget ${tag}`)
    await page.getByRole('dialog').getByLabel('Type').selectOption({ label: 'Number' })
    await page.getByRole('dialog').getByRole('button', { name: 'Add field' }).click()
    await page.getByRole('dialog').waitFor({ state: 'detached' })

    // Budget goes first, by keyboard; the focus stays on the button pressed.
    const order = () => panel.getByRole('rowheader').allTextContents()
    await expect
      .poll(order)
      .toEqual([`Tier ${tag}tier_${tag.toLowerCase()}`, `Budget ${tag}budget_${tag.toLowerCase()}`])
    await panel.getByRole('button', { name: `Move up Budget ${tag}` }).focus()
    await page.keyboard.press('Enter')
    await expect
      .poll(order)
      .toEqual([`Budget ${tag}budget_${tag.toLowerCase()}`, `Tier ${tag}tier_${tag.toLowerCase()}`])
    await expect.poll(() => page.locator(':focus').textContent()).toBe(`Move up Budget ${tag}`)
    await page.getByText(`Moved “Budget ${tag}” to place 1 of 2.`).waitFor()
    await expectAccessible(page)

    // A new company: the required field is asked for, then the company opens with it.
    await page.getByRole('link', { name: 'Companies', exact: true }).click()
    await page.getByRole('heading', { name: 'Companies', level: 1 }).waitFor()
    await page.getByRole('link', { name: 'New company' }).click()
    await page.getByRole('heading', { name: 'New company', level: 1 }).waitFor()
    await page.getByLabel('Name', { exact: true }).fill(`Acme ${tag}`)
    await page.getByLabel('Domain').fill(`https://www.${tag}.Example/about`)
    await page.getByLabel(`Budget ${tag}`).fill('125000')
    await page.getByRole('button', { name: 'Create company' }).click()
    await page.getByRole('alert').getByText(`Custom field “Tier ${tag}” is required`).waitFor()
    await expectAccessible(page)
    await page.getByLabel(`Tier ${tag}`).selectOption('Silver')
    await page.getByRole('button', { name: 'Create company' }).click()

    await page.getByRole('heading', { name: `Acme ${tag}`, level: 1 }).waitFor()
    const facts = page.locator('.record-facts')
    await facts.getByText(`${tag.toLowerCase()}.example`, { exact: true }).waitFor()
    await facts.getByText('Silver', { exact: true }).waitFor()
    await facts.getByText('125000', { exact: true }).waitFor()
    await page.getByRole('heading', { name: 'Group', level: 2 }).waitFor()
    await page.getByRole('heading', { name: 'People', level: 2 }).waitFor()
    await expectAccessible(page)

    // It is in the list, found by its name.
    await page.getByRole('link', { name: 'Back to companies' }).click()
    await page.getByRole('searchbox', { name: 'Search companies' }).fill(`Acme ${tag}`)
    await expect
      .poll(() => page.getByRole('rowheader').getByRole('link').allTextContents(), { timeout: 15_000 })
      .toEqual([`Acme ${tag}`])
    await expectAccessible(page)
    await page.setViewportSize({ width: 390, height: 844 })
    await page.getByRole('link', { name: `Acme ${tag}` }).click()
    await page.getByRole('heading', { name: `Acme ${tag}`, level: 1 }).waitFor()
    await expectAccessible(page)
  })
})
