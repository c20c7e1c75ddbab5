// Issue #5's "done when", as an owner meets it in the dashboard with the platform running for
// real: design a code with a logo for a branch, download SVG, PNG and PDF that all read back as
// its short link, print a sheet for every branch, point the code somewhere else without
// reprinting it, scan it from a phone, and see that scan, its placement and device.
import { decode as decodePng } from 'fast-png'
import { unzipSync } from 'fflate'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { rasterPages, readCode } from '../node/qr-pdf-support.ts'
import { browserPlatformForFile, expectAccessible, pageApi } from './helpers/platform-browser.ts'
import { logoPng, readImageInPage, readPngBytes, saved } from './helpers/qr-files.ts'
import { signUpWithBrand } from './helpers/sign-in.ts'

const app = browserPlatformForFile('vitrine-qr-journey-')

const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1'

/** Every code a PDF's pages carry, one per page, as a phone would read them off the paper. */
const codesInPdf = (pdf: Uint8Array) => rasterPages(pdf, 150).map((page) => readCode(page)?.data ?? null)

async function download(page: Page, button: RegExp) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('region', { name: 'Download' }).getByRole('button', { name: button }).click(),
  ])
  return { name: file.suggestedFilename(), bytes: await saved(file, app.stateDir) }
}

describe('a printed QR code from design to scan', () => {
  it('is designed, downloaded in three formats, printed for every branch, retargeted and scanned', async () => {
    const page = await app.newPage({ viewport: { width: 1366, height: 900 }, acceptDownloads: true })
    const stamp = Date.now().toString(36)
    const brand = await signUpWithBrand(
      page,
      app.url,
      {
        name: 'Rosa Owner',
        email: `journey-${stamp}@example.com`,
        organisationName: `Rosa Tacos ${stamp}`,
        stamp,
      },
      { primary: '#be123c' },
    )
    const branches = await Promise.all(
      ['Centro', 'Playa'].map((name) =>
        pageApi<{ id: string; siteId: string }>(page, '/api/v1/branches', { brandId: brand.id, name }),
      ),
    )
    for (const branch of branches) await pageApi(page, `/api/v1/sites/${branch.siteId}/publish`, {})
    const centro = branches[0] as { id: string }

    // Design: a dynamic code for Centro's table 4, in the brand's colours, with a logo and a call to action.
    await page.goto(`${app.url}/app/qr/new`)
    const basics = page.getByRole('group', { name: 'The code' })
    await basics.getByRole('radio', { name: /^Dynamic link/ }).check()
    await basics.getByLabel('Label').fill('Table 4')
    await basics.getByLabel('Placement (optional)').fill('table 4')
    await basics.getByLabel('Branch').selectOption(centro.id)
    await page.getByLabel('Call to action').fill('Scan for menu')
    await page.locator('input[type="file"][aria-label="Upload logo"]').setInputFiles({
      name: 'rosa-logo.png',
      mimeType: 'image/png',
      buffer: Buffer.from(logoPng()),
    })
    await page.getByRole('img', { name: 'Current logo' }).waitFor({ timeout: 20_000 })
    // The only note a logo brings: error correction goes up to H so the code still scans.
    await page.getByRole('status').filter({ hasText: 'The design scans, with one warning.' }).waitFor()
    await page.getByRole('button', { name: 'Create QR code' }).click()
    await page.getByRole('heading', { level: 1, name: 'Table 4' }).waitFor({ timeout: 15_000 })
    const qrCodeId = /\/app\/qr\/(qrc_[0-9A-Z]{26})$/.exec(page.url())?.[1] as string
    const code = await pageApi<{ code: string; shortUrl: string; design: { logoMediaId: string | null } }>(
      page,
      `/api/v1/qr-codes/${qrCodeId}`,
    )
    expect(code.design.logoMediaId).toMatch(/^med_/)
    expect(code.shortUrl).toBe(`${app.url}/q/${code.code}`)

    // Downloads: each format reads back as the short link.
    const svg = await download(page, /^SVG/)
    expect(svg.name).toMatch(/\.svg$/)
    const svgSrc = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.bytes.toString('utf8'))}`
    expect(await readImageInPage(page, svgSrc, 1000)).toBe(code.shortUrl)
    const png = await download(page, /^PNG/)
    expect(png.name).toMatch(/\.png$/)
    expect(decodePng(png.bytes).width).toBeGreaterThanOrEqual(1024)
    expect(readPngBytes(png.bytes)).toBe(code.shortUrl)
    const pdf = await download(page, /^PDF/)
    expect(pdf.name).toMatch(/\.pdf$/)
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(codesInPdf(pdf.bytes)).toEqual([code.shortUrl])

    // A print sheet for every branch of the brand, one code per page: Centro keeps its table code.
    await page.goto(`${app.url}/app/qr/bulk`)
    const brandForm = page.getByRole('form', { name: 'Generate for all branches' })
    await brandForm.getByLabel('Brand').selectOption(brand.id)
    await brandForm.getByLabel('Codes per page').selectOption('1')
    await brandForm.getByRole('button', { name: 'Generate codes' }).click()
    await expect
      .poll(() => page.getByRole('progressbar').getAttribute('aria-valuenow'), { timeout: 60_000 })
      .toBe('100')
    const zipLink = page.getByRole('link', { name: 'Download the ZIP', exact: true })
    const [zip] = await Promise.all([page.waitForEvent('download'), zipLink.click()])
    const files = unzipSync(new Uint8Array(await saved(zip, app.stateDir)))
    const sheet = files['print-sheet.pdf']
    expect(sheet, Object.keys(files).join(', ')).toBeDefined()
    const printed = codesInPdf(sheet as Uint8Array)
    expect(printed).toHaveLength(2)
    expect(printed).toContain(code.shortUrl)
    expect(printed.every((url) => url?.startsWith(`${app.url}/q/`))).toBe(true)

    // Retarget without reprinting: the same short link now opens the dinner menu elsewhere.
    await page.goto(`${app.url}/app/qr/${qrCodeId}`)
    const destination = page.getByRole('group', { name: 'Destination' })
    await destination.getByLabel('Leads to').selectOption('url')
    await destination.getByLabel('Web address').fill('https://example.com/dinner')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await page.getByRole('status').filter({ hasText: 'Changes saved.' }).waitFor()
    const retargeted = await pageApi<{ code: string }>(page, `/api/v1/qr-codes/${qrCodeId}`)
    expect(retargeted.code).toBe(code.code)

    // The scan, as `curl -A <iPhone>` makes it: 302 to the new destination at once.
    const scanned = await fetch(code.shortUrl, { headers: { 'user-agent': IPHONE }, redirect: 'manual' })
    expect(scanned.status).toBe(302)
    expect(scanned.headers.get('location')).toMatch(/^https:\/\/example\.com\/dinner\?utm_source=qr/)

    // The dashboard shows it (after the events queue delivers it): one scan, table 4, a phone on iOS.
    await page.goto(`${app.url}/app/qr/${qrCodeId}/analytics`)
    await page.getByRole('heading', { name: 'Analytics: Table 4', level: 1 }).waitFor()
    const scans = page
      .locator('.qr-kpis > div')
      .filter({ hasText: /^Scans/ })
      .locator('dd')
    await expect
      .poll(
        async () => {
          await page.reload()
          return scans.textContent({ timeout: 10_000 })
        },
        { timeout: 45_000, interval: 1_000 },
      )
      .toBe('1')
    const devices = page.getByRole('img', { name: 'Devices' })
    expect(await page.locator(`#${await devices.getAttribute('aria-describedby')}`).textContent()).toContain(
      'Phone: 1 (100%)',
    )
    await page
      .getByRole('table', { name: 'Operating systems' })
      .getByRole('rowheader', { name: 'iOS' })
      .waitFor()
    await expectAccessible(page)
    // The brand's view compares placements: the scan is table 4's.
    await page.goto(`${app.url}/app/qr/analytics?brandId=${brand.id}`)
    const placements = page.getByRole('table', { name: 'Top placements' })
    await placements.getByRole('rowheader', { name: 'table 4' }).waitFor()
    const row = placements.getByRole('row').filter({ hasText: 'table 4' })
    expect((await row.getByRole('cell').allTextContents())[0]).toBe('1')
  })
})
