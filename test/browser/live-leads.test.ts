// The walking skeleton as a person meets it: real Chromium, the platform as `npm start` runs it.
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
  stateDir = mkdtempSync(join(tmpdir(), 'vitrine-browser-'))
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

describe('dashboard and microsite', () => {
  it('shows a lead submitted on the microsite live on the Leads page', async () => {
    const dashboard = await (await browser.newContext()).newPage()
    await dashboard.goto(`${platform.url}/app/`)
    await expect.poll(() => dashboard.url()).toContain('/app/login')
    await expectAccessible(dashboard)
    await dashboard.getByLabel('Email').fill(DEMO.email)
    await dashboard.getByLabel('Password').fill(DEMO.password)
    await dashboard.getByRole('button', { name: 'Sign in' }).click()
    await dashboard.getByRole('heading', { name: 'Leads', level: 1 }).waitFor()
    await dashboard.locator('[data-status="live"]').waitFor({ timeout: 15_000 })
    await expectAccessible(dashboard)

    const visitor = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage()
    await visitor.goto(`${platform.url}/${DEMO.brandSlug}/${DEMO.branchSlug}`)
    await expectAccessible(visitor)
    const name = `Browser Visitor ${Date.now()}`
    await visitor.getByLabel('Name').fill(name)
    await visitor.getByLabel('Email').fill('visitor@example.com')
    await visitor.getByLabel('Message').fill('A table for two tonight?')
    await visitor.getByRole('button', { name: 'Send' }).click()
    await visitor.getByRole('heading', { name: 'Thank you' }).waitFor()

    // No reload: the row arrives over the WebSocket and is announced.
    await dashboard.getByRole('rowheader', { name }).waitFor({ timeout: 10_000 })
    await expect.poll(() => dashboard.getByRole('log', { name: 'New leads' }).textContent()).toContain(name)
    await dashboard.screenshot({ path: join(stateDir, 'dashboard.png') })

    // And the API agrees, for the same signed-in user.
    const listed: { data: { name: string }[] } = await dashboard.evaluate(async () =>
      (await fetch('/api/v1/leads')).json(),
    )
    expect(listed.data.map((l: { name: string }) => l.name)).toContain(name)
  })
})
