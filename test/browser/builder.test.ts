// The builder as an owner meets it: a fresh organisation, its branch site edited by keyboard,
// previewed, moved to another template, given Arabic, published and opened as a visitor.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { browserPlatformForFile, expectAccessible, pageApi } from './helpers/platform-browser.ts'
import { signUpWithBrand } from './helpers/sign-in.ts'

const app = browserPlatformForFile('vitrine-builder-')

/** A new owner with one brand and one branch, signed in on `page`; returns the branch's site id. */
async function freshOwnerWithBranch(
  page: Page,
  stamp: string,
): Promise<{ siteId: string; brandName: string }> {
  const brandName = `Builder Bistro ${stamp}`
  const brand = await signUpWithBrand(page, app.url, {
    name: 'Bea Builder',
    email: `builder-${stamp}@example.com`,
    organisationName: brandName,
    stamp,
  })
  const branch = await pageApi<{ siteId: string }>(page, '/api/v1/branches', {
    brandId: brand.id,
    name: 'Riverside',
  })
  return { siteId: branch.siteId, brandName }
}

// The framed preview is the microsite itself, which the renderer's own tests check; axe would
// also count the page's <main> against the dashboard's (landmark-unique), so only the builder's
// own parts are checked here.
const BUILDER_PARTS =
  '.app-header, .app-nav, .builder-bar, .builder__panes > section:not(.builder__pane--preview), .preview-pane__bar'
const expectBuilderAccessible = (page: Page) => expectAccessible(page, { include: BUILDER_PARTS })

const sectionOrder = (page: Page) =>
  page
    .locator('.section-list__items > li')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-section')))

const waitForSaved = (page: Page) =>
  expect
    .poll(() => page.locator('.save-status').getAttribute('data-state'), { timeout: 10_000 })
    .toBe('saved')

describe('site builder', () => {
  it('edits, previews, translates and publishes a branch site', async () => {
    const page = await app.newPage({ viewport: { width: 1440, height: 900 } })
    const stamp = String(Date.now())
    const { siteId, brandName } = await freshOwnerWithBranch(page, stamp)

    // The Sites page lists the new branch's site as a draft and leads into the builder.
    await page.goto(`${app.url}/app/sites`)
    const row = page.getByRole('row', { name: new RegExp(`${brandName} · Riverside`) })
    await row.getByText('Draft', { exact: true }).waitFor()
    await expectAccessible(page)
    await row.getByRole('link', { name: /^Edit/ }).click()
    await page.getByRole('heading', { level: 1, name: `${brandName} · Riverside` }).waitFor()
    expect(page.url()).toContain(`/app/sites/${siteId}`)
    await expectBuilderAccessible(page)

    // Keyboard reordering: Alt+ArrowUp on the second row moves it first, and says so.
    const list = page.getByRole('list', { name: 'Sections' })
    const before = await sectionOrder(page)
    expect(before.length).toBeGreaterThan(2)
    const second = before[1] as string
    await list.locator(`[data-section="${second}"] [data-control="select"]`).focus()
    await page.keyboard.press('Alt+ArrowUp')
    await expect.poll(() => sectionOrder(page)).toEqual([second, before[0], ...before.slice(2)])
    await expect
      .poll(() => page.locator('.section-list [aria-live="polite"]').textContent())
      .toMatch(new RegExp(`moved to position 1 of ${before.length}$`))
    // Focus stays on the moved row, so pressing again keeps moving the same section.
    expect(await list.locator('li:has(:focus)').getAttribute('data-section')).toBe(second)
    await waitForSaved(page)

    // Edit the hero headline; the preview shows it once saved.
    const headline = `Fresh from the builder ${stamp}`
    await list.locator('[data-section="hero"] [data-control="select"]').click()
    const headlineField = page.getByLabel(/^Headline/)
    await headlineField.fill(headline)
    await waitForSaved(page)
    const preview = page.frameLocator('iframe[title="Preview"]')
    await preview.getByText(headline).first().waitFor({ timeout: 10_000 })

    // Another template: the content is kept.
    await page.getByRole('button', { name: /^Template/ }).click()
    await page.getByRole('button', { name: 'Use Salon' }).click()
    await expect.poll(() => page.getByRole('button', { name: /^Template/ }).textContent()).toContain('Salon')
    await list.locator('[data-section="hero"] [data-control="select"]').click()
    await expect.poll(() => page.getByLabel(/^Headline/).inputValue()).toBe(headline)
    await preview.getByText(headline).first().waitFor({ timeout: 10_000 })

    // Arabic: offered on the page, edited right to left, previewed in Arabic.
    await page.getByRole('button', { name: /^Languages/ }).click()
    await page.getByLabel(/^Arabic/).check()
    await page.keyboard.press('Escape')
    await waitForSaved(page)
    await page.getByLabel('Editing language').selectOption('ar')
    const arabicField = page.getByLabel(/^Headline \(Arabic\)/)
    expect(await arabicField.getAttribute('dir')).toBe('rtl')
    // Until it has its own text, the field shows what Arabic visitors would see instead.
    await page.locator('.localized-fallback').filter({ hasText: headline }).waitFor()
    const arabic = `أهلاً بكم في الفرع ${stamp}`
    await arabicField.fill(arabic)
    await waitForSaved(page)
    await expect.poll(() => page.locator('iframe[title="Preview"]').getAttribute('src')).toContain('lang=ar')
    await preview.getByText(arabic).first().waitFor({ timeout: 10_000 })
    await expectBuilderAccessible(page)

    // Publish with a note; the site is live.
    await page.getByRole('button', { name: 'Publish', exact: true }).click()
    await page.getByLabel('Note for the version history (optional)').fill('First version from the builder')
    await page.getByRole('button', { name: 'Publish now' }).click()
    await page.getByRole('status').filter({ hasText: 'Published as version 1.' }).waitFor()
    await page.locator('.builder-bar .site-status').filter({ hasText: 'Published' }).waitFor()

    const site = await pageApi<{ path: string; status: string }>(page, `/api/v1/sites/${siteId}`)
    expect(site.status).toBe('published')
    const visitor = await app.newPage()
    const live = await visitor.goto(`${app.url}${site.path}`)
    expect(live?.status()).toBe(200)
    expect(await live?.text()).toContain(headline)
    const liveArabic = await visitor.goto(`${app.url}${site.path}?lang=ar`)
    expect(liveArabic?.status()).toBe(200)
    const arabicHtml = (await liveArabic?.text()) ?? ''
    expect(arabicHtml).toMatch(/<html[^>]*dir="rtl"/)
    expect(arabicHtml).toContain(arabic)

    // The history lists the live version.
    await page.getByRole('button', { name: 'Versions' }).click()
    const drawer = page.getByRole('complementary', { name: 'Versions' })
    await drawer.getByText('Version 1').waitFor()
    await drawer.getByText('First version from the builder').waitFor()
    await expectBuilderAccessible(page)
  })
})
