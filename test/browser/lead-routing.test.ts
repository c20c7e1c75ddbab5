// Routing as an owner sets it up: the header's availability switch, two rules added with the
// editor and put in order with the keyboard, a branch's response target, the availability
// roster and the response-times report, each screen checked with axe.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DEMO } from '../../scripts/lib/demo.ts'
import { browserPlatformForFile, expectAccessible } from './helpers/platform-browser.ts'
import { signIn as signInAs } from './helpers/sign-in.ts'

const app = browserPlatformForFile('vitrine-routing-')

const signIn = (page: Page) => signInAs(page, app.url, { heading: 'Leads' })

const ruleNames = (page: Page) => page.locator('.routing-rule__name').allTextContents()

describe('lead routing screens', () => {
  it('switches availability, edits and orders rules, sets a target and shows the report', async () => {
    const page = await app.newPage({ viewport: { width: 1280, height: 900 } })
    await signIn(page)

    const available = page.getByRole('switch', { name: 'Available for new leads' })
    await expect.poll(() => available.isChecked()).toBe(true)
    await available.click()
    await expect.poll(() => available.isChecked()).toBe(false)
    await expect.poll(() => available.textContent()).toContain('Away')
    await available.click()
    await expect.poll(() => available.isChecked()).toBe(true)

    await page.goto(`${app.url}/app/settings/routing`)
    await page.getByRole('heading', { name: 'Lead routing', level: 1 }).waitFor()
    await page.getByText('No rules yet').waitFor()
    await expectAccessible(page)

    await page.getByRole('button', { name: 'Add a rule' }).click()
    const editor = page.getByRole('form', { name: 'New rule' })
    await editor.getByLabel('Name').fill('After hours')
    await editor.getByLabel('Branch hours').selectOption('closed')
    await editor.getByRole('radio', { name: 'One member' }).check()
    await expectAccessible(page)
    await editor.getByRole('button', { name: 'Add rule' }).click()
    await page.getByRole('status').filter({ hasText: 'Rule “After hours” saved.' }).waitFor()

    await page.getByRole('button', { name: 'Add a rule' }).click()
    await page.getByRole('form', { name: 'New rule' }).getByLabel('Name').fill('Everyone')
    await page.getByRole('form', { name: 'New rule' }).getByRole('button', { name: 'Add rule' }).click()
    await expect.poll(() => ruleNames(page)).toEqual(['Rule 1: After hours On', 'Rule 2: Everyone On'])
    await page.getByText("take turns among the branch's agents and managers").waitFor()

    // Keyboard only: the focus follows the rule that moved.
    await page.getByRole('button', { name: 'Move up Everyone' }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => ruleNames(page)).toEqual(['Rule 1: Everyone On', 'Rule 2: After hours On'])
    await expect.poll(() => page.locator(':focus').textContent()).toBe('Move down Everyone')
    await page.getByRole('button', { name: 'Turn off After hours' }).click()
    await expect.poll(() => ruleNames(page)).toEqual(['Rule 1: Everyone On', 'Rule 2: After hours Off'])
    await expectAccessible(page)

    await page.goto(`${app.url}/app/branches/${DEMO.branchId}/lead-settings`)
    await page.getByRole('heading', { name: 'Lead handling: Downtown', level: 1 }).waitFor()
    await page.getByLabel('Minutes to the first response').fill('30')
    await page.getByRole('button', { name: 'Save' }).click()
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor()
    await expectAccessible(page)

    await page.goto(`${app.url}/app/settings/availability`)
    await page.getByRole('heading', { name: 'Availability', level: 1 }).waitFor()
    await page
      .getByRole('region', { name: 'Team availability' })
      .getByRole('row', { name: /Dana Owner/ })
      .waitFor()
    await expectAccessible(page)

    await page.goto(`${app.url}/app/reports/response-times`)
    await page.getByRole('heading', { name: 'Response times', level: 1 }).waitFor()
    await page.getByRole('heading', { name: 'Per branch' }).waitFor()
    await expectAccessible(page)
  })
})
