// A lead form as an owner builds it and a visitor without JavaScript meets it: made in the
// dashboard, shown on the published page, sent with a mistake, corrected on the page that says so.
import { describe, expect, it } from 'vitest'
import { browserPlatformForFile, expectAccessible, pageApi } from './helpers/platform-browser.ts'
import { signUpWithBrand } from './helpers/sign-in.ts'

const app = browserPlatformForFile('vitrine-lead-forms-')

describe('lead forms', () => {
  it('builds a form in the dashboard and shows a visitor without scripts what to fix', async () => {
    const page = await app.newPage({ viewport: { width: 1280, height: 900 } })
    page.setDefaultTimeout(30_000)
    const stamp = String(Date.now())
    const brand = await signUpWithBrand(page, app.url, {
      name: 'Fern Forms',
      email: `forms-${stamp}@example.com`,
      organisationName: `Form Flats ${stamp}`,
      stamp,
    })
    const branch = await pageApi<{ siteId: string; slug: string }>(page, '/api/v1/branches', {
      brandId: brand.id,
      name: 'Harbour',
    })

    // The forms page: a new form starts with name, e-mail, phone and message.
    await page.goto(`${app.url}/app/sites/${branch.siteId}/forms`)
    await page.getByRole('heading', { level: 1, name: 'Lead forms' }).waitFor()
    await expectAccessible(page)
    await page.getByLabel('Name', { exact: true }).fill('Viewing request')
    await page.getByRole('button', { name: 'Create form' }).click()
    await page.getByRole('heading', { level: 1, name: 'Viewing request' }).waitFor()

    // A required "choose one" field and the consent box, by keyboard-reachable controls.
    await page.getByLabel("New field's type").selectOption('select')
    await page.getByRole('button', { name: 'Add field' }).click()
    const added = page.getByRole('group', { name: /^Field 5:/ })
    await expect.poll(() => page.evaluate('document.activeElement?.tagName')).toBe('INPUT')
    await added.getByLabel('Label').fill('Budget')
    await added.getByLabel('Required').check()
    await page.getByLabel('Ask the visitor to agree to be contacted').check()
    await expectAccessible(page)
    await page.getByRole('button', { name: 'Save form' }).click()
    await page.getByText('Saved. The live page shows it now.').waitFor()
    const formId = page.url().split('/').at(-1) as string

    // The builder's lead_form section picks it; the site is published.
    await page.goto(`${app.url}/app/sites/${branch.siteId}`)
    await page.locator('[data-section="lead-form"] [data-control="select"]').click()
    await page.getByLabel('Form', { exact: true }).selectOption({ label: 'Viewing request' })
    await expect
      .poll(() => page.locator('.save-status').getAttribute('data-state'), { timeout: 10_000 })
      .toBe('saved')
    await expectAccessible(page, {
      include: '.app-header, .app-nav, .builder-bar, .builder__panes > section:not(.builder__pane--preview)',
    })
    await page.getByRole('button', { name: 'Publish', exact: true }).click()
    await page.getByRole('button', { name: 'Publish now' }).click()
    await page.getByRole('status').filter({ hasText: 'Published as version 1.' }).waitFor()

    // A visitor without JavaScript gives an address the browser lets through and we do not.
    const visitor = await app.newPage({ javaScriptEnabled: false })
    visitor.setDefaultTimeout(30_000)
    await visitor.goto(`${app.url}/${brand.slug}/${branch.slug}`)
    const form = visitor.locator('form', { has: visitor.locator(`input[name="formId"][value="${formId}"]`) })
    await form.getByLabel('Your name').fill('Ines')
    await form.getByLabel('E-mail address').fill('ines@example')
    await form.getByLabel('Budget').selectOption({ label: 'Option 2' })
    await form.getByRole('checkbox', { name: /agree that this business may contact me/ }).check()
    await form.getByRole('button').last().click()

    await visitor.getByRole('heading', { level: 1, name: 'Your message was not sent' }).waitFor()
    const summary = visitor.getByRole('alert')
    await expect.poll(() => visitor.evaluate('document.activeElement?.className')).toBe('es')
    await summary
      .getByRole('link', { name: /E-mail address: That email address does not look right/ })
      .click()
    await expect.poll(() => visitor.evaluate('document.activeElement?.getAttribute("name")')).toBe('email')
    const email = visitor.getByLabel('E-mail address')
    expect(await email.getAttribute('aria-invalid')).toBe('true')
    expect(await visitor.getByLabel('Your name').inputValue()).toBe('Ines')
    expect(await visitor.getByLabel('Budget').inputValue()).toBe('option_2')
    // axe needs scripts, so it checks the same markup in a page that has them.
    const checker = await app.newPage()
    await checker.setContent(await visitor.content())
    await expectAccessible(checker)

    // Corrected on that page, it is accepted.
    await email.fill('ines@example.com')
    await visitor.getByRole('button', { name: 'Send' }).click()
    await visitor.getByRole('heading', { level: 1, name: 'Thank you' }).waitFor()
  })
})
