// The first run as a new customer meets it: sign up in the real form, land in the wizard, make a
// brand, a branch, pick a template and publish, with a reload halfway, then open the live page,
// and end with the branch's QR code in the brand's colours, downloaded and read back.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { decode as decodePng } from 'fast-png'
import jsQR from 'jsqr'
import type { Download, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { SentEmail } from '../../scripts/lib/mail-sink.ts'
import { browserPlatformForFile, expectAccessible } from './helpers/platform-browser.ts'

const app = browserPlatformForFile('vitrine-onboarding-')

/**
 * The local e-mail provider's latest message to `to` matching `subject`, once the queue delivered
 * it. Generous: on a loaded machine a first send can fail and the queue retries it after a backoff.
 */
async function emailTo(to: string, subject: RegExp): Promise<SentEmail> {
  let found: SentEmail | undefined
  await expect
    .poll(
      async () => {
        const res = await fetch(`${app.platform.mailUrl}/emails?to=${encodeURIComponent(to)}`)
        found = ((await res.json()) as SentEmail[]).findLast((m) => subject.test(m.subject))
        return found !== undefined
      },
      { timeout: 90_000, interval: 250 },
    )
    .toBe(true)
  return found as SentEmail
}

/**
 * Axe on the wizard around the preview frame: the framed page is a whole document with its own
 * `main`, which axe would count as a second main landmark of the dashboard. The same page is
 * checked by itself once it is live.
 */
async function expectWizardAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).exclude('iframe').analyze()
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}

const stepHeading = (page: Page, name: string) => page.getByRole('heading', { name, level: 2 })

async function saved(download: Download): Promise<Buffer> {
  const path = join(app.stateDir, `${Date.now()}-${download.suggestedFilename()}`)
  await download.saveAs(path)
  return readFile(path)
}

/** What a QR reader finds in a PNG file (any channel layout), or null. */
function readQrPng(bytes: Uint8Array): string | null {
  const png = decodePng(bytes)
  const rgba = new Uint8ClampedArray(png.width * png.height * 4)
  for (let i = 0; i < png.width * png.height; i++) {
    const at = i * png.channels
    const gray = png.channels < 3
    rgba[i * 4] = Number(png.data[at] ?? 0)
    rgba[i * 4 + 1] = Number(png.data[gray ? at : at + 1] ?? 0)
    rgba[i * 4 + 2] = Number(png.data[gray ? at : at + 2] ?? 0)
    rgba[i * 4 + 3] = 255
  }
  return jsQR(rgba, png.width, png.height)?.data ?? null
}

async function onboardingStatus(
  page: Page,
): Promise<{ complete: boolean; nextStepId: string | null; context: { liveUrl: string | null } }> {
  return page.evaluate(async () => (await fetch('/api/v1/onboarding')).json())
}

describe('onboarding', () => {
  it('takes a new sign-up to a published branch page in minutes, resuming after a reload', async () => {
    const suffix = Date.now().toString(36)
    const email = `owner-${suffix}@example.test`
    const organisation = `Verma Dental ${suffix}`
    const page = await app.newPage({
      viewport: { width: 1280, height: 900 },
      locale: 'en-IN',
      acceptDownloads: true,
    })

    await page.goto(`${app.url}/app/signup`)
    await page.getByLabel('Your name').fill('Asha Verma')
    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Password').fill('a-long-and-correct-password')
    await page.getByLabel('Business name').fill(organisation)
    await page.getByRole('button', { name: 'Create account' }).click()

    // A new organisation has no page yet: sign-up lands in the wizard, not the dashboard.
    await page.getByRole('heading', { name: 'Set up your page', level: 1 }).waitFor()
    expect(page.url()).toBe(`${app.url}/app/welcome`)
    const started = Date.now()

    // 1. Brand: the organisation's name is already there; pick a colour.
    await stepHeading(page, 'Your brand').waitFor()
    expect(await page.getByRole('progressbar').getAttribute('value')).toBe('0')
    await expectAccessible(page)
    expect(await page.getByLabel('Brand name').inputValue()).toBe(organisation)
    await page.getByRole('group', { name: 'Brand colour' }).getByRole('radio', { name: 'Violet' }).check()
    await page.getByRole('button', { name: 'Continue' }).click()

    // 2. First branch: defaults (name, country from the browser's language) are enough.
    await stepHeading(page, 'Your first branch').waitFor()
    await expectAccessible(page)
    expect(await page.getByLabel('Branch name').inputValue()).toBe('Main branch')
    expect(await page.getByLabel('Country').inputValue()).toBe('IN')
    await page.getByRole('button', { name: 'Continue' }).click()
    await stepHeading(page, 'A template').waitFor()

    // Closing the tab here loses nothing: the wizard reopens at the template, two steps done.
    await page.reload()
    await stepHeading(page, 'A template').waitFor()
    expect(await page.getByRole('progressbar').getAttribute('value')).toBe('2')
    await expect.poll(() => page.getByText('2 of 5 steps done').count()).toBe(1)
    const current = page.getByRole('navigation', { name: 'Setup steps' }).locator('[aria-current="step"]')
    expect(await current.textContent()).toContain('A template')

    // 3. Template: six cards, the clinic guessed from "Dental" in the name.
    await page.getByRole('radio', { name: 'Clinic' }).waitFor()
    expect(await page.getByRole('group', { name: 'Choose a template' }).getByRole('radio').count()).toBe(6)
    expect(await page.getByRole('radio', { name: 'Clinic' }).isChecked()).toBe(true)
    await expectAccessible(page)
    await page.getByRole('button', { name: 'Continue' }).click()

    // 4. Publish: the draft at phone width, then the live address.
    await stepHeading(page, 'Publish').waitFor()
    const preview = page.frameLocator('iframe[title="Preview of your page on a phone"]')
    await preview.getByText('Main branch').first().waitFor({ timeout: 15_000 })
    await expectWizardAccessible(page)
    await page.getByRole('button', { name: 'Publish', exact: true }).click()
    await page.getByRole('heading', { name: 'Your page is live', level: 3 }).waitFor()
    const elapsed = Date.now() - started
    console.log(`onboarding: the wizard took ${(elapsed / 1000).toFixed(1)} s from landing to live`)
    expect(elapsed).toBeLessThan(180_000)
    await expectWizardAccessible(page)
    await page.screenshot({ path: join(app.stateDir, 'onboarding-live.png'), fullPage: true })

    const liveUrl = await page.getByLabel("Your page's address").inputValue()
    expect(liveUrl).toMatch(new RegExp(`^${app.url}/[a-z0-9-]+/[a-z0-9-]+$`))
    expect((await onboardingStatus(page)).context.liveUrl).toBe(liveUrl)
    const brand: { colors: { primary: string } } = await page.evaluate(async () => {
      const status: { context: { brandId: string } } = await (await fetch('/api/v1/onboarding')).json()
      return (await fetch(`/api/v1/brands/${status.context.brandId}`)).json()
    })
    expect(brand.colors.primary).toBe('#6d28d9')
    await page.getByRole('button', { name: 'Copy' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: /Address (copied|selected)/ })
      .waitFor()

    // The page is public: a visitor without a session gets it, with the branch on it.
    const visitor = await app.newPage({ viewport: { width: 390, height: 844 } })
    const response = await visitor.goto(liveUrl)
    expect(response?.status()).toBe(200)
    await visitor.getByText('Main branch').first().waitFor()
    // The page the preview framed, checked on its own.
    await expectAccessible(visitor)

    // 5. The QR code: made for the branch in the brand's violet, shown, downloaded, and it scans.
    await page.getByRole('button', { name: 'Continue' }).click()
    await stepHeading(page, 'Your QR code').waitFor()
    await page.getByRole('img', { name: /^QR code that opens your page/ }).waitFor()
    await expect.poll(() => page.getByText('5 of 5 steps done').count()).toBe(1)
    await expectAccessible(page)
    const branchCodes = await page.evaluate(async () => {
      const status: { context: { branchId: string } } = await (await fetch('/api/v1/onboarding')).json()
      return `/api/v1/qr-codes?branchId=${status.context.branchId}`
    })
    const listCodes = (): Promise<{ data: { label: string; shortUrl: string; design: unknown }[] }> =>
      page.evaluate(async (path) => (await fetch(path)).json(), branchCodes)
    const codes = await listCodes()
    expect(codes.data).toHaveLength(1)
    const code = codes.data[0] as (typeof codes.data)[number]
    expect(code.label).toBe('Front door')
    expect(JSON.stringify(code.design)).toContain('#6d28d9')

    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download SVG' }).click(),
    ])
    expect(svg.suggestedFilename()).toMatch(/\.svg$/)
    const svgText = (await saved(svg)).toString('utf8')
    expect(svgText).toContain('<svg')
    expect(svgText.toLowerCase()).toContain('#6d28d9')
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PNG' }).click(),
    ])
    expect(png.suggestedFilename()).toMatch(/\.png$/)
    expect(readQrPng(await saved(png))).toBe(code.shortUrl)
    await page
      .getByRole('status')
      .filter({ hasText: /Downloaded .+\.png/ })
      .waitFor()

    // Reopening the wizard shows the same code: no second one is made.
    await page.reload()
    await stepHeading(page, 'Your QR code').waitFor()
    await page.getByRole('img', { name: /^QR code that opens your page/ }).waitFor()
    const after = await listCodes()
    expect(after.data).toHaveLength(1)

    // Done: the dashboard has no "Finish setting up" reminder any more.
    await page.getByRole('link', { name: 'Finish' }).click()
    await page.getByRole('heading', { name: 'Leads', level: 1 }).waitFor()
    expect(await page.getByRole('link', { name: 'Finish setting up' }).count()).toBe(0)
    expect(await onboardingStatus(page)).toMatchObject({ complete: true, nextStepId: null })

    // The verification e-mail went out through the local provider, and its link works.
    const verification = await emailTo(email, /Confirm your e-mail/)
    const link = verification.text.split(/\s+/).find((word) => word.includes('/app/verify-email'))
    expect(link).toBeTruthy()
    await page.goto(link as string)
    await page.getByText(`Thank you: ${email} is confirmed.`).waitFor()
  })

  it('sends someone who left the wizard early back to it when they sign in again', async () => {
    const suffix = Date.now().toString(36)
    const email = `later-${suffix}@example.test`
    const page = await app.newPage()
    await page.goto(`${app.url}/app/signup`)
    await page.getByLabel('Your name').fill('Lee Later')
    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Password').fill('a-long-and-correct-password')
    await page.getByLabel('Business name').fill(`Corner Books ${suffix}`)
    await page.getByRole('button', { name: 'Create account' }).click()
    await stepHeading(page, 'Your brand').waitFor()
    await page.getByRole('button', { name: 'Continue' }).click()
    await stepHeading(page, 'Your first branch').waitFor()

    // Elsewhere in the dashboard a reminder leads back.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Leads' }).click()
    await page.getByRole('heading', { name: 'Leads', level: 1 }).waitFor()
    await page.getByRole('link', { name: 'Finish setting up' }).waitFor()
    await expectAccessible(page)

    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Password').fill('a-long-and-correct-password')
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    await stepHeading(page, 'Your first branch').waitFor()
    expect(page.url()).toBe(`${app.url}/app/welcome`)
  })
})
