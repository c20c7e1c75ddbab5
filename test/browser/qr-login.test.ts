// QR sign-in as people meet it: a desktop browser shows the code, a phone signs in and approves.
import { describe, expect, it } from 'vitest'
import { DEMO } from '../../scripts/lib/demo.ts'
import { browserPlatformForFile, expectAccessible } from './helpers/platform-browser.ts'

const app = browserPlatformForFile('vitrine-qr-login-')

describe('QR sign-in', () => {
  it('signs the desktop in the moment a signed-in phone approves its code', async () => {
    const desktop = await app.newPage({ viewport: { width: 1280, height: 800 } })
    await desktop.goto(`${app.url}/app/login`)
    await desktop.getByRole('img', { name: 'QR code to sign in with your phone' }).waitFor()
    await desktop.getByRole('status').filter({ hasText: 'Waiting for your phone' }).waitFor()
    await expectAccessible(desktop)
    const approveUrl = await desktop.locator('[data-approve-url]').getAttribute('data-approve-url')
    expect(approveUrl).toMatch(new RegExp(`^${app.url}/app/qr/qr_[0-9A-Z]{26}$`))

    const phone = await app.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
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
