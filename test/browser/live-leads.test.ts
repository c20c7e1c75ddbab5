// The walking skeleton as a person meets it: real Chromium, the platform as `npm start` runs it.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEMO } from '../../scripts/lib/demo.ts'
import { browserPlatformForFile, expectAccessible } from './helpers/platform-browser.ts'

const app = browserPlatformForFile('vitrine-browser-')

describe('dashboard and microsite', () => {
  it('shows a lead submitted on the microsite live on the Leads page', async () => {
    const dashboard = await app.newPage()
    await dashboard.goto(`${app.url}/app/`)
    await expect.poll(() => dashboard.url()).toContain('/app/login')
    await expectAccessible(dashboard)
    await dashboard.getByLabel('Email').fill(DEMO.email)
    await dashboard.getByLabel('Password').fill(DEMO.password)
    await dashboard.getByRole('button', { name: 'Sign in', exact: true }).click()
    await dashboard.getByRole('heading', { name: 'Leads', level: 1 }).waitFor()
    await dashboard.locator('[data-status="live"]').waitFor({ timeout: 15_000 })
    await expectAccessible(dashboard)

    const visitor = await app.newPage({ viewport: { width: 390, height: 844 } })
    await visitor.goto(`${app.url}/${DEMO.brandSlug}/${DEMO.branchSlug}`)
    await expectAccessible(visitor)
    const name = `Browser Visitor ${Date.now()}`
    // The page also has booking and feedback forms; this is the general enquiry form.
    const form = visitor.getByRole('region', { name: 'Ask us anything' })
    await form.getByLabel('Name').fill(name)
    await form.getByLabel('Email').fill('visitor@example.com')
    await form.getByLabel('Message').fill('A table for two tonight?')
    await form.getByRole('button', { name: 'Send' }).click()
    await visitor.getByRole('heading', { name: 'Thank you' }).waitFor()

    // No reload: the row arrives over the WebSocket and is announced.
    await dashboard.getByRole('rowheader', { name }).waitFor({ timeout: 10_000 })
    await expect.poll(() => dashboard.getByRole('log', { name: 'New leads' }).textContent()).toContain(name)
    await dashboard.screenshot({ path: join(app.stateDir, 'dashboard.png') })

    // And the API agrees, for the same signed-in user.
    const listed: { data: { name: string }[] } = await dashboard.evaluate(async () =>
      (await fetch('/api/v1/leads')).json(),
    )
    expect(listed.data.map((l: { name: string }) => l.name)).toContain(name)
  })
})
