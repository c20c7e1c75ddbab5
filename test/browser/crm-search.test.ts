// The header search box as a person uses it with the keyboard: `/` to focus, a misspelled name,
// arrow keys and Enter to open the contact; a partial phone number, Escape to close and clear;
// the results page with its tabs. Names that look like markup stay text; every state axe-clean.
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { DEMO } from '../../scripts/lib/demo.ts'
import { newId } from '../../worker/lib/ids.ts'
import { asDemoTenant } from './helpers/demo-tenant-pg.ts'
import { browserPlatformForFile, expectAccessible } from './helpers/platform-browser.ts'
import { signIn } from './helpers/sign-in.ts'

const app = browserPlatformForFile('vitrine-crm-search-')
const ids = { john: newId('contact'), trap: newId('contact'), acme: newId('company') }

beforeAll(async () => {
  await asDemoTenant(app.platform.pg.adminUrl, async (client) => {
    const contact =
      'insert into contacts (id, tenant_id, name, email, phone, branch_id) values ($1, $2, $3, $4, $5, $6)'
    await client.query(contact, [
      ids.john,
      DEMO.tenantId,
      'John Smith',
      'john.smith@example.com',
      '+61412345678',
      DEMO.branchId,
    ])
    await client.query(contact, [
      ids.trap,
      DEMO.tenantId,
      '<img src=x onerror="window.pwned=1"> Smithers',
      null,
      null,
      DEMO.branchId,
    ])
    await client.query(
      'insert into companies (id, tenant_id, name, domain, branch_id) values ($1, $2, $3, $4, $5)',
      [ids.acme, DEMO.tenantId, 'Smithfield Catering', 'smithfield.test', DEMO.branchId],
    )
    await client.query(
      "insert into activities (id, tenant_id, contact_id, type, body) values ($1, $2, $3, 'note', $4)",
      [
        newId('activity'),
        DEMO.tenantId,
        ids.john,
        'John asked about a quarterly tasting menu for Smithfield.',
      ],
    )
  })
})

const box = (page: Page) => page.getByRole('combobox', { name: 'Search contacts, companies and deals' })
const suggestions = (page: Page) => page.getByRole('listbox', { name: 'Suggestions' })

describe('CRM search', () => {
  it('finds a misspelled name from the keyboard and opens the contact', async () => {
    const page = await app.newPage({ viewport: { width: 1280, height: 900 } })
    await signIn(page, app.url, { heading: 'Leads' })

    await page.keyboard.press('/')
    await expect.poll(() => page.evaluate("document.activeElement?.getAttribute('role')")).toBe('combobox')
    await page.keyboard.type('Jonh Smyth')
    const list = suggestions(page)
    await list.getByRole('option').first().waitFor()
    expect(await box(page).getAttribute('aria-expanded')).toBe('true')
    await page
      .getByRole('status')
      .filter({ hasText: /suggestions?; arrow keys/ })
      .waitFor({ state: 'attached' })
    // The typo's closest name is marked, as text.
    const first = list.getByRole('option').first()
    expect(await first.locator('.crm-search__title mark').allTextContents()).toEqual(['John Smith'])
    await expectAccessible(page)

    await page.keyboard.press('ArrowDown')
    const activeId = await box(page).getAttribute('aria-activedescendant')
    expect(activeId).toBeTruthy()
    expect(await page.locator(`[id="${activeId}"]`).getAttribute('aria-selected')).toBe('true')
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: 'John Smith' }).waitFor()
    expect(page.url()).toContain(`/app/contacts/${ids.john}`)
  })

  it('finds a partial phone number, closes with Escape, then clears', async () => {
    const page = await app.newPage({ viewport: { width: 390, height: 844 } })
    await signIn(page, app.url, { heading: 'Leads' })
    await box(page).click()
    await page.keyboard.type('412 345')
    const option = suggestions(page).getByRole('option').filter({ hasText: 'John Smith' })
    await option.waitFor()
    expect(await option.locator('.crm-search__detail mark').allTextContents()).toEqual(['412345'])
    await page.keyboard.press('Escape')
    await suggestions(page).waitFor({ state: 'hidden' })
    expect(await box(page).inputValue()).toBe('412 345')
    await page.keyboard.press('Escape')
    expect(await box(page).inputValue()).toBe('')
    await expectAccessible(page)
  })

  it('shows every kind on the results page, with tabs, and never runs markup in a name', async () => {
    const page = await app.newPage({ viewport: { width: 1280, height: 900 } })
    await signIn(page, app.url, { heading: 'Leads' })
    await box(page).click()
    await page.keyboard.type('smith')
    await suggestions(page).getByRole('option').first().waitFor()
    // Enter with nothing chosen opens the full results.
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: 'Search' }).waitFor()
    await page.getByRole('heading', { level: 2, name: 'Contacts' }).waitFor()
    await page.getByRole('heading', { level: 2, name: 'Companies' }).waitFor()
    await page.getByRole('heading', { level: 2, name: 'Notes' }).waitFor()
    await page.getByRole('link', { name: '<img src=x onerror="window.pwned=1"> Smithers' }).waitFor()
    expect(await page.evaluate('window.pwned')).toBeUndefined()
    await expectAccessible(page)

    const all = page.getByRole('tab', { name: 'All' })
    await all.focus()
    await page.keyboard.press('ArrowRight')
    await expect
      .poll(() => page.getByRole('tab', { name: 'Contacts' }).getAttribute('aria-selected'))
      .toBe('true')
    await expect.poll(() => page.url()).toContain('type=contact')
    const panel = page.getByRole('tabpanel')
    await panel.getByRole('link', { name: 'John Smith' }).waitFor()
    expect(await panel.getByRole('link', { name: 'Smithfield Catering' }).count()).toBe(0)
    await page.keyboard.press('End')
    await expect
      .poll(() => page.getByRole('tab', { name: 'Notes' }).getAttribute('aria-selected'))
      .toBe('true')
    const note = page.getByRole('tabpanel').locator('.search-hit').first()
    await note.getByText('about the contact').waitFor()
    expect(await note.locator('mark').allTextContents()).toEqual(['Smith'])
    await expectAccessible(page)
  })
})
