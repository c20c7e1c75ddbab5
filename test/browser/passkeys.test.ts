// Passkeys as people meet them: real Chromium with a virtual platform authenticator (Touch ID,
// Windows Hello), the platform as `npm start` runs it.
import { Secret, TOTP } from 'otpauth'
import type { BrowserContext, CDPSession, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DEMO } from '../../scripts/lib/demo.ts'
import { browserPlatformForFile, expectAccessible } from './helpers/platform-browser.ts'
import { signIn } from './helpers/sign-in.ts'

const app = browserPlatformForFile('vitrine-passkeys-')

/** A page whose browser has a built-in authenticator that always verifies its user. */
async function pageWithAuthenticator(
  context: BrowserContext,
): Promise<{ page: Page; cdp: CDPSession; id: string }> {
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('WebAuthn.enable')
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  })
  return { page, cdp, id: authenticatorId }
}

const expectSectionsAccessible = (page: Page) => expectAccessible(page, { include: '.mfa-section' })

const sessionOf = (page: Page): Promise<{ user: { email: string; mfa: { passkeys: number } } }> =>
  page.evaluate(async () => (await fetch('/api/v1/auth/session')).json())

/** The code an authenticator app with this setup key shows `steps` periods from now. */
const codeFor = (setupKey: string, steps = 0) =>
  new TOTP({ secret: Secret.fromBase32(setupKey.replace(/\s/g, '')), period: 30, digits: 6 }).generate({
    timestamp: Date.now() + steps * 30_000,
  })

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click()
  await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor()
}

describe('passkeys', () => {
  it('adds a passkey and an authenticator app on the Security page, and signs in with each', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } })
    const { page, cdp, id } = await pageWithAuthenticator(context)

    await signIn(page, app.url, { heading: 'Leads' })

    await page.goto(`${app.url}/app/settings/security`)
    await page.getByRole('heading', { name: 'Passkeys', level: 2 }).waitFor()
    await page.getByText('You have no passkeys yet.').waitFor()
    await page.getByLabel('Name for the new passkey (optional)').fill('Test laptop')
    await page.getByRole('button', { name: 'Add a passkey' }).click()
    await page.getByRole('status').filter({ hasText: 'Passkey “Test laptop” added' }).waitFor()
    await page
      .getByRole('list', { name: 'Your passkeys' })
      .getByText('Test laptop', { exact: true })
      .waitFor()
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId: id })
    expect(credentials).toHaveLength(1)
    expect(credentials[0]?.isResidentCredential).toBe(true)
    expect((await sessionOf(page)).user.mfa.passkeys).toBe(1)
    await expectSectionsAccessible(page)

    // The password alone no longer signs in: the passkey is asked for as the second step.
    await signOut(page)
    await page.getByLabel('Email').fill(DEMO.email)
    await page.getByLabel('Password').fill(DEMO.password)
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    await page.getByRole('heading', { name: 'Two-step verification', level: 1 }).waitFor()
    await page.getByRole('button', { name: 'Use a passkey', exact: true }).click()
    await page.getByRole('heading', { name: 'Leads', level: 1 }).waitFor()

    // And on its own, with no e-mail or password typed at all.
    await signOut(page)
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click()
    await page.getByRole('heading', { name: 'Leads', level: 1 }).waitFor()
    expect((await sessionOf(page)).user.email).toBe(DEMO.email)
    const { credentials: used } = await cdp.send('WebAuthn.getCredentials', { authenticatorId: id })
    expect(used[0]?.signCount).toBeGreaterThanOrEqual(2)

    // Then an authenticator app as well: set up, recovery codes shown once, asked for at sign-in.
    await page.goto(`${app.url}/app/settings/security`)
    await page.getByRole('button', { name: 'Set up an authenticator app' }).click()
    await page.getByRole('img', { name: /QR code for your authenticator app/ }).waitFor()
    const setupKey = (await page.locator('.totp-enrolment__secret').textContent()) ?? ''
    expect(setupKey.replace(/\s/g, '')).toMatch(/^[A-Z2-7]{32}$/)
    await expectSectionsAccessible(page)
    await page.getByLabel('Code from the app').fill(codeFor(setupKey))
    await page.getByRole('button', { name: 'Turn on' }).click()
    await page.getByRole('heading', { name: 'Save your recovery codes', level: 3 }).waitFor()
    const codes = await page
      .getByRole('list', { name: 'Recovery codes' })
      .getByRole('listitem')
      .allTextContents()
    expect(codes).toHaveLength(10)
    await expectSectionsAccessible(page)
    await page.getByRole('button', { name: 'I have saved these codes' }).click()
    await page.getByRole('status').filter({ hasText: 'Two-step verification is on' }).waitFor()
    expect(await page.getByText('Save your recovery codes').count()).toBe(0)

    await signOut(page)
    await page.getByLabel('Email').fill(DEMO.email)
    await page.getByLabel('Password').fill(DEMO.password)
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    await page.getByRole('button', { name: 'Use the authenticator app instead' }).click()
    // The confirming code is spent; the app's next one is accepted within the window.
    await page.getByLabel('Authentication code').fill(codeFor(setupKey, 1))
    await page.getByRole('button', { name: 'Verify' }).click()
    await page.getByRole('heading', { name: 'Leads', level: 1 }).waitFor()
    await context.close()
  })
})
