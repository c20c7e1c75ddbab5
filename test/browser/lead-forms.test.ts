// A lead form as an owner builds it and a visitor without JavaScript meets it: made in the
// dashboard, shown on the published page, sent with a mistake, corrected on the page that says so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type BrowserPlatform,
  expectAccessible,
  pageApi,
  startBrowserPlatform,
} from './helpers/platform-browser.ts'

let app: BrowserPlatform

beforeAll(async () => {
  app = await startBrowserPlatform('vitrine-lead-forms-')
})

afterAll(async () => {
  await app?.stop()
})

describe('lead forms', () => {
  it('builds a form in the dashboard and shows a visitor without scripts what to fix', async () => {
    const page = await app.newPage({ viewport: { width: 1280, height: 900 } })
    page.setDefaultTimeout(30_000)
    const stamp = String(Date.now())
    console.log('STEP 1', Date.now())
    await page.goto(`${app.url}/app/login`)
    console.log('STEP 2', Date.now())
    await pageApi(page, '/api/v1/auth/signup', {
      name: 'Fern Forms',
      email: `forms-${stamp}@example.com`,
      password: `correct horse ${stamp}`,
      organisationName: `Form Flats ${stamp}`,
    })
    const brand = await pageApi<{ id: string; slug: string }>(page, '/api/v1/brands', {
      name: `Form Flats ${stamp}`,
    })
    const branch = await pageApi<{ siteId: string; slug: string }>(page, '/api/v1/branches', {
      brandId: brand.id,
      name: 'Harbour',
    })

    // The forms page: a new form starts with name, e-mail, phone and message.
    console.log('STEP 3', Date.now())
    await page.goto(`${app.url}/app/sites/${branch.siteId}/forms`)
    console.log('STEP 4', Date.now())
    await page.getByRole('heading', { level: 1, name: 'Lead forms' }).waitFor()
    console.log('STEP 5', Date.now())
    await expectAccessible(page)
    console.log('STEP 6', Date.now())
    await page.getByLabel('Name', { exact: true }).fill('Viewing request')
    console.log('STEP 7', Date.now())
    await page.getByRole('button', { name: 'Create form' }).click()
    console.log('STEP 8', Date.now())
    await page.getByRole('heading', { level: 1, name: 'Viewing request' }).waitFor()

    // A required "choose one" field and the consent box, by keyboard-reachable controls.
    console.log('STEP 9', Date.now())
    await page.getByLabel("New field's type").selectOption('select')
    console.log('STEP 10', Date.now())
    await page.getByRole('button', { name: 'Add field' }).click()
    const added = page.getByRole('group', { name: /^Field 5:/ })
    console.log('STEP 11', Date.now())
    await expect.poll(() => page.evaluate('document.activeElement?.tagName')).toBe('INPUT')
    console.log('STEP 12', Date.now())
    await added.getByLabel('Label').fill('Budget')
    console.log('STEP 13', Date.now())
    await added.getByLabel('Required').check()
    console.log('STEP 14', Date.now())
    await page.getByLabel('Ask the visitor to agree to be contacted').check()
    console.log('STEP 15', Date.now())
    await expectAccessible(page)
    console.log('STEP 16', Date.now())
    await page.getByRole('button', { name: 'Save form' }).click()
    console.log('STEP 17', Date.now())
    await page.getByText('Saved. The live page shows it now.').waitFor()
    const formId = page.url().split('/').at(-1) as string

    // Shown by the page's lead_form section, then published.
    const site = await pageApi<{ draft: { sections: { type: string }[] } }>(
      page,
      `/api/v1/sites/${branch.siteId}`,
    )
    const sections = site.draft.sections.map((s) => (s.type === 'lead_form' ? { ...s, formId } : s))
    if (!sections.some((s) => s.type === 'lead_form'))
      sections.push({ id: 'ask', type: 'lead_form', formId } as (typeof sections)[number])
    console.log('STEP 18', Date.now())
    await pageApi(page, `/api/v1/sites/${branch.siteId}/versions`, { content: { ...site.draft, sections } })

    // A visitor without JavaScript gives an address the browser lets through and we do not.
    const visitor = await app.newPage({ javaScriptEnabled: false })
    visitor.setDefaultTimeout(30_000)
    console.log('STEP 19', Date.now())
    await visitor.goto(`${app.url}/${brand.slug}/${branch.slug}`)
    const form = visitor.locator('form', { has: visitor.locator(`input[name="formId"][value="${formId}"]`) })
    console.log('STEP 20', Date.now())
    await form.getByLabel('Your name').fill('Ines')
    console.log('STEP 21', Date.now())
    await form.getByLabel('E-mail address').fill('ines@example')
    console.log('STEP 22', Date.now())
    await form.getByLabel('Budget').selectOption({ label: 'Option 2' })
    console.log('STEP 23', Date.now())
    await form.getByRole('checkbox', { name: /agree that this business may contact me/ }).check()
    console.log('STEP 24', Date.now())
    await form.getByRole('button').last().click()

    console.log('STEP 25', Date.now())
    await visitor.getByRole('heading', { level: 1, name: 'Your message was not sent' }).waitFor()
    const summary = visitor.getByRole('alert')
    console.log('STEP 26', Date.now())
    await expect.poll(() => visitor.evaluate('document.activeElement?.className')).toBe('es')
    console.log('STEP 27', Date.now())
    await summary.getByRole('link', { name: /E-mail address: That email address does not look right/ }).click()
    console.log('STEP 28', Date.now())
    await expect
      .poll(() => visitor.evaluate('document.activeElement?.getAttribute("name")'))
      .toBe('email')
    const email = visitor.getByLabel('E-mail address')
    expect(await email.getAttribute('aria-invalid')).toBe('true')
    expect(await visitor.getByLabel('Your name').inputValue()).toBe('Ines')
    expect(await visitor.getByLabel('Budget').inputValue()).toBe('option_2')
    console.log('STEP 29', Date.now())
    await expectAccessible(visitor)

    // Corrected on that page, it is accepted.
    console.log('STEP 30', Date.now())
    await email.fill('ines@example.com')
    console.log('STEP 31', Date.now())
    await visitor.getByRole('button', { name: 'Send' }).click()
    console.log('STEP 32', Date.now())
    await visitor.getByRole('heading', { level: 1, name: 'Thank you' }).waitFor()
  })
})
