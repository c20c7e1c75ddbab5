// A lead arriving while a member works elsewhere in the dashboard: a toast, a count on Leads,
// cleared by opening the inbox.
import { describe, expect, it } from 'vitest'
import { DEMO } from '../../scripts/lib/demo.ts'
import { browserPlatformForFile, expectAccessible } from './helpers/platform-browser.ts'
import { signIn } from './helpers/sign-in.ts'

const app = browserPlatformForFile('vitrine-notify-')

describe('lead notifications', () => {
  it('toasts a new lead, counts it on Leads and clears the count when the inbox opens', async () => {
    const dashboard = await app.newPage()
    await signIn(dashboard, app.url, { heading: 'Leads' })
    await dashboard.locator('[data-status="live"]').waitFor({ timeout: 15_000 })

    // Somewhere other than the inbox: the preferences, whose switches save as they flip.
    const nav = dashboard.getByRole('navigation', { name: 'Main' })
    await nav.getByRole('link', { name: 'Notifications' }).click()
    await dashboard.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor()
    const sound = dashboard.getByRole('switch', { name: 'Play a sound with each notice' })
    await expect.poll(() => sound.isChecked()).toBe(false)
    await sound.check()
    await expect.poll(() => dashboard.getByRole('status').filter({ hasText: 'Saved.' }).count()).toBe(1)
    await expectAccessible(dashboard)

    const visitor = await app.newPage({ viewport: { width: 390, height: 844 } })
    await visitor.goto(`${app.url}/${DEMO.brandSlug}/${DEMO.branchSlug}`)
    const name = `Toast Visitor ${Date.now()}`
    const form = visitor.getByRole('region', { name: 'Ask us anything' })
    await form.getByLabel('Name').fill(name)
    await form.getByLabel('Email').fill('toast-visitor@example.com')
    await form.getByLabel('Message').fill('Do you have a table for six on Friday?')
    await form.getByRole('button', { name: 'Send' }).click()
    await visitor.getByRole('heading', { name: 'Thank you' }).waitFor()

    const toast = dashboard.getByRole('complementary', { name: 'Notifications' }).getByRole('status')
    await toast.getByRole('link', { name }).waitFor({ timeout: 15_000 })
    // Hovering keeps it from hiding while it is checked.
    await toast.getByRole('link', { name }).hover()
    await expect.poll(() => toast.textContent()).toContain('New lead')
    await nav.getByRole('link', { name: 'Leads, 1 new' }).waitFor()
    await expectAccessible(dashboard)

    await toast.getByRole('button', { name: `Dismiss: New lead, ${name}` }).click()
    await expect.poll(() => toast.getByRole('link', { name }).count()).toBe(0)

    await nav.getByRole('link', { name: 'Leads, 1 new' }).click()
    await dashboard.getByRole('heading', { name: 'Leads', level: 1 }).waitFor()
    await nav.getByRole('link', { name: 'Leads', exact: true }).waitFor()
    expect(await nav.getByRole('link', { name: /new$/ }).count()).toBe(0)

    // The switch stayed on: it was saved for this member.
    await nav.getByRole('link', { name: 'Notifications' }).click()
    await expect.poll(() => sound.isChecked()).toBe(true)
  })
})
