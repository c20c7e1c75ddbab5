// The QR designer as an owner meets it: a code for a branch in the brand's colours with a logo,
// a live preview that changes as the design does, refused and doubtful colours explained, and
// SVG and PNG downloads that a reader decodes to the code's short link.
import { decode as decodePng } from 'fast-png'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { browserPlatformForFile, expectAccessible, pageApi } from './helpers/platform-browser.ts'
import { logoPng, readImageInPage, readPngBytes, saved } from './helpers/qr-files.ts'
import { signUpWithBrand } from './helpers/sign-in.ts'

const app = browserPlatformForFile('vitrine-qr-designer-')

const previewSrc = (page: Page) =>
  page
    .getByRole('complementary', { name: 'Preview and downloads' })
    .getByRole('img')
    .first()
    .getAttribute('src')

/** The hex input of one colour of the designer. */
const hex = (page: Page, label: string): Locator =>
  page.getByRole('group', { name: label, exact: true }).getByRole('textbox', { name: `${label}: hex code` })

describe('QR designer', () => {
  it('designs a branded code with a logo, warns about colours, and downloads files that scan', async () => {
    const page = await app.newPage({ viewport: { width: 1366, height: 900 }, acceptDownloads: true })
    const stamp = Date.now().toString(36)
    const brand = await signUpWithBrand(
      page,
      app.url,
      {
        name: 'Qiu Designer',
        email: `qr-${stamp}@example.com`,
        organisationName: `Violet Cafe ${stamp}`,
        stamp,
      },
      { primary: '#7c3aed' },
    )
    const branch = await pageApi<{ id: string; name: string; siteId: string }>(page, '/api/v1/branches', {
      brandId: brand.id,
      name: 'Harbour',
    })
    await pageApi(page, `/api/v1/sites/${branch.siteId}/publish`, {})
    await pageApi(page, '/api/v1/branches', { brandId: brand.id, name: 'Old Town' })

    // The list starts empty and is in the navigation.
    await page.goto(`${app.url}/app/qr`)
    await page.getByRole('heading', { level: 1, name: 'QR codes' }).waitFor()
    await page.getByText('No QR codes yet.').waitFor()
    expect(
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'QR codes' })
        .getAttribute('aria-current'),
    ).toBe('page')
    await expectAccessible(page)

    await page.getByRole('link', { name: 'New QR code' }).click()
    await page.getByRole('heading', { level: 1, name: 'New QR code' }).waitFor()
    const basics = page.getByRole('group', { name: 'The code' })
    await basics.getByRole('radio', { name: /^Dynamic link/ }).check()
    await basics.getByLabel('Label').fill('Front window')
    await basics.getByLabel('Placement (optional)').fill('Window poster')

    // The design starts in the brand's colours; choosing the branch points the code at its page.
    await expect.poll(() => hex(page, 'Code colour').inputValue()).toBe('#7c3aed')
    await basics.getByLabel('Branch').selectOption(branch.id)
    const destination = page.getByRole('group', { name: 'Destination' })
    expect(await destination.getByLabel('Leads to').inputValue()).toBe('microsite')
    expect(await destination.getByLabel('Branch').inputValue()).toBe(branch.id)

    // A light colour is refused with the reason; a middling one is allowed with a warning.
    await hex(page, 'Code colour').fill('#dddddd')
    const codeColour = page.getByRole('group', { name: 'Code colour', exact: true })
    await codeColour
      .locator('.field-error')
      .filter({ hasText: /too little contrast|lighter than/ })
      .waitFor()
    expect(await hex(page, 'Code colour').getAttribute('aria-invalid')).toBe('true')
    await page.getByRole('status').filter({ hasText: 'The design has a problem' }).waitFor()
    await hex(page, 'Code colour').fill('#858585')
    await codeColour
      .locator('.qr-warning')
      .filter({ hasText: /below 4.5:1/ })
      .waitFor()
    await page.getByRole('status').filter({ hasText: 'with one warning' }).waitFor()
    await expectAccessible(page)
    await page.getByRole('button', { name: /^Use Violet Cafe .*’s colours$/ }).click()
    await expect.poll(() => hex(page, 'Code colour').inputValue()).toBe('#7c3aed')
    await page.getByRole('status').filter({ hasText: 'The design scans well.' }).waitFor()

    // Styles, a frame with a call to action and a logo, each seen in the preview.
    let shown = await previewSrc(page)
    await page.getByRole('group', { name: 'Module style' }).getByRole('radio', { name: 'Dots' }).check()
    await expect.poll(() => previewSrc(page)).not.toBe(shown)
    shown = await previewSrc(page)
    await page.getByLabel('Call to action').fill('Scan for menu')
    await expect.poll(() => previewSrc(page)).not.toBe(shown)
    shown = await previewSrc(page)
    await page.locator('input[type="file"][aria-label="Upload logo"]').setInputFiles({
      name: 'violet-logo.png',
      mimeType: 'image/png',
      buffer: Buffer.from(logoPng()),
    })
    await page.getByRole('img', { name: 'Current logo' }).waitFor({ timeout: 20_000 })
    await expect.poll(() => previewSrc(page), { timeout: 10_000 }).not.toBe(shown)
    await expect.poll(async () => decodeURIComponent((await previewSrc(page)) ?? '')).toContain('<image')

    // The unsaved preview already scans (to a stand-in link of the same length).
    expect(await readImageInPage(page, (await previewSrc(page)) ?? '')).toMatch(/\/q\/XXXXXXXX$/)

    await page.getByRole('button', { name: 'Create QR code' }).click()
    await page.getByRole('heading', { level: 1, name: 'Front window' }).waitFor({ timeout: 15_000 })
    const qrCodeId = /\/app\/qr\/(qrc_[0-9A-Z]{26})$/.exec(page.url())?.[1] as string
    expect(qrCodeId).toBeTruthy()
    const code = await pageApi<{
      shortUrl: string
      design: { foreground: string; moduleStyle: string; logoMediaId: string | null; frame: { text: string } }
      targetUrl: string
    }>(page, `/api/v1/qr-codes/${qrCodeId}`)
    expect(code.design).toMatchObject({
      foreground: '#7c3aed',
      moduleStyle: 'dots',
      frame: { text: 'Scan for menu' },
    })
    expect(code.design.logoMediaId).toMatch(/^med_/)
    expect(code.targetUrl).toContain('/harbour')

    // The saved preview, the SVG and the PNG all read as the short link.
    await expect
      .poll(() => previewSrc(page).then((src) => readImageInPage(page, src ?? '')), { timeout: 10_000 })
      .toBe(code.shortUrl)
    const downloads = page.getByRole('region', { name: 'Download' })
    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      downloads.getByRole('button', { name: /^SVG/ }).click(),
    ])
    expect(svgDownload.suggestedFilename()).toMatch(/^qr-front-window-.+\.svg$/)
    const svg = (await saved(svgDownload, app.stateDir)).toString('utf8')
    expect(svg).toContain('<svg')
    const svgUrl = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
    expect(await readImageInPage(page, svgUrl, 1000)).toBe(code.shortUrl)

    await downloads.getByLabel('PNG size').selectOption('1024')
    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      downloads.getByRole('button', { name: /^PNG/ }).click(),
    ])
    expect(pngDownload.suggestedFilename()).toMatch(/\.png$/)
    const png = await saved(pngDownload, app.stateDir)
    expect(decodePng(png).width).toBe(1024)
    expect(readPngBytes(png)).toBe(code.shortUrl)
    await page.getByRole('status').filter({ hasText: 'PNG image downloaded.' }).waitFor()
    await expectAccessible(page)

    // Retargeting: the server's refusal of a private address is shown at the field.
    const destinationUrl = () => destination.getByLabel('Web address')
    await destination.getByLabel('Leads to').selectOption('url')
    await destinationUrl().fill('https://127.0.0.1/admin')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await expect.poll(() => destinationUrl().getAttribute('aria-invalid')).toBe('true')
    await destination.locator('.field-error').waitFor()
    await destinationUrl().fill('https://example.com/menu')

    // A smart rule: iPhones go to a section of the branch page.
    await page.getByRole('button', { name: 'Add a rule' }).click()
    const rule = page.locator('[data-rule]').first()
    // Focus moves into the new rule, on its first field.
    const focused =
      'document.activeElement?.closest("[data-rule]") ? document.activeElement.placeholder : null'
    await expect.poll(() => page.evaluate(focused)).toBe('Dinner menu')
    await rule.getByLabel('Name (optional)').fill('iPhone menu')
    await rule.getByRole('checkbox', { name: 'iPhone and iPad' }).check()
    const ruleTarget = page.getByRole('group', { name: 'Rule 1 leads to' })
    await ruleTarget.getByLabel('Leads to').selectOption('section')
    await ruleTarget.getByLabel('Section').locator('option').nth(1).waitFor({ state: 'attached' })
    await ruleTarget.getByLabel('Section').selectOption({ index: 1 })
    await expectAccessible(page)
    await page.getByRole('button', { name: 'Save changes' }).click()
    await page.getByRole('status').filter({ hasText: 'Changes saved.' }).waitFor()
    const retargeted = await pageApi<{
      code: string
      targetUrl: string
      rules: { devices: string[]; target: { type: string; sectionId: string } }[]
    }>(page, `/api/v1/qr-codes/${qrCodeId}`)
    expect(retargeted.targetUrl).toMatch(/^https:\/\/example\.com\/menu\?utm_source=qr/)
    expect(retargeted.rules).toMatchObject([{ devices: ['ios'], target: { type: 'section' } }])
    expect(retargeted.rules[0]?.target.sectionId).toBeTruthy()
    expect(`${app.url}/q/${retargeted.code}`).toBe(code.shortUrl)

    // Paused at once, without touching the rest of the form.
    await page.getByRole('button', { name: /^Pause/ }).click()
    await page.locator('.qr-summary .qr-state').filter({ hasText: 'Paused' }).waitFor()

    // The list shows it with its thumbnail, branch, placement and state.
    await page.getByRole('link', { name: 'QR codes' }).first().click()
    const row = page.getByRole('row', { name: /Front window/ })
    await row.getByText('Window poster').waitFor()
    await row.getByText('Harbour', { exact: true }).waitFor()
    await row.getByText('Paused', { exact: true }).waitFor()
    expect(await row.getByRole('img').getAttribute('alt')).toContain(code.shortUrl)
    await expectAccessible(page)

    // On a phone the editor fits the screen and stays accessible.
    const phone = await app.newPage({ viewport: { width: 390, height: 844 }, isMobile: true })
    await phone.context().addCookies(await page.context().cookies())
    await phone.goto(`${app.url}/app/qr/${qrCodeId}`)
    await phone.getByRole('heading', { level: 1, name: 'Front window' }).waitFor()
    expect(await phone.evaluate('document.documentElement.scrollWidth <= window.innerWidth + 1')).toBe(true)
    await expectAccessible(phone)
  })
})
