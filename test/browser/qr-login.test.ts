// QR sign-in as people meet it: a desktop browser shows the code, a phone signs in and approves.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO } from '../../scripts/lib/demo.ts'
import { type Platform, startPlatform } from '../../scripts/lib/platform.ts'
import { freePort } from '../../scripts/lib/postgres.ts'

let platform: Platform
let browser: Browser
let stateDir: string

const chromiumPath = () => execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim()

async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze()
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}

beforeAll(async () => {
  stateDir = mkdtempSync(join(tmpdir(), 'vitrine-qr-login-'))
  platform = await startPlatform({ stateDir, port: await freePort(), fast: true })
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  })
})

afterAll(async () => {
  await browser?.close()
  await platform?.stop()
  if (stateDir) rmSync(stateDir, { recursive: true, force: true })
})

describe('QR sign-in', () => {
  it('signs the desktop in the moment a signed-in phone approves its code', async () => {
    const desktop = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage()
    await desktop.goto(`${platform.url}/app/login`)
    await desktop.getByRole('img', { name: 'QR code to sign in with your phone' }).waitFor()
    await desktop.getByRole('status').filter({ hasText: 'Waiting for your phone' }).waitFor()
    await expectAccessible(desktop)
    const approveUrl = await desktop.locator('[data-approve-url]').getAttribute('data-approve-url')
    expect(approveUrl).toMatch(new RegExp(`^${platform.url}/app/qr/qr_[0-9A-Z]{26}$`))

    const phone = await (
      await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    ).newPage()
    await phone.goto(approveUrl!)
    // Signed out: sign in first, then back to the approval.
    await phone.waitForURL(/\/app\/login\?next=/)
    await phone.getByLabel('Email').fill(DEMO.email)
    await phone.getByLabel('Password').fill(DEMO.password)
    await phone.getByRole('button', { name: 'Sign in', exact: true }).click()
    await phone.getByRole('heading', { name: 'Sign in on another device?', level: 1 }).waitFor()
    expect(phone.url()).toBe(approveUrl)
    await phone.getByText('Chrome on Linux').waitFor()
    await phone.getByText(DEMO.email).first().waitFor()
    await expectAccessible(phone)

    await phone.getByRole('button', { name: 'Approve' }).click()
    await phone.getByRole('status').filter({ hasText: 'Approved' }).waitFor()

    // No click on the desktop: the approval arrives over its socket and it signs itself in.
    await desktop.getByRole('heading', { name: 'Leads', level: 1 }).waitFor({ timeout: 15_000 })
    expect(desktop.url()).toContain('/app/leads')
    const session: { user: { email: string }; tenant: { id: string } } = await desktop.evaluate(async () =>
      (await fetch('/api/v1/auth/session')).json(),
    )
    expect(session).toMatchObject({ user: { email: DEMO.email }, tenant: { id: DEMO.tenantId } })
  })
})
