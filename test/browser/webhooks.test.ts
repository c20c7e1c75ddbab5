// Outbound webhooks as an owner meets them: add an endpoint with the keyboard, copy the one-time
// secret, send a test that a receiver verifies with the Node example of docs/leads.md, see a
// failure in the log, replay, disable and enable, rotate and delete; every screen axe-clean.
import { createHmac, timingSafeEqual } from 'node:crypto'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { ReceivedRequest } from '../../scripts/lib/fakes/receiver.ts'
import { browserPlatformForFile, expectAccessible } from './helpers/platform-browser.ts'
import { signIn as signInAs } from './helpers/sign-in.ts'

const app = browserPlatformForFile('vitrine-webhooks-')

const signIn = (page: Page) => signInAs(page, app.url)

/** The receiver's check from docs/leads.md, as a tenant would paste it. */
function verifyVitrineWebhook(
  secret: string,
  headers: Record<string, string>,
  rawBody: string,
  toleranceSeconds = 300,
) {
  const id = headers['webhook-id']
  const timestamp = headers['webhook-timestamp']
  const signatures = headers['webhook-signature']
  if (!id || !timestamp || !signatures) return false
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > toleranceSeconds) return false
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64')
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${rawBody}`).digest()
  return signatures.split(' ').some((entry) => {
    const [version, signature] = entry.split(',')
    if (version !== 'v1' || !signature) return false
    const given = Buffer.from(signature, 'base64')
    return given.length === expected.length && timingSafeEqual(given, expected)
  })
}

const receiver = (action: string) => `${app.platform.outsideUrl}/__fake/receiver/browser-crm/${action}`
const received = async () => (await (await fetch(receiver('requests'))).json()) as ReceivedRequest[]

describe('outbound webhooks', () => {
  it('adds an endpoint, sends a verifiable test, logs a failure, replays, and manages the endpoint', async () => {
    const page = await app.newPage({ viewport: { width: 1280, height: 900 } })
    await signIn(page)
    await page.goto(`${app.url}/app/webhooks`)
    await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor()
    await page.getByText('No endpoints yet.').waitFor()
    await expectAccessible(page)

    await page.getByLabel('Endpoint URL').fill(`${app.platform.outsideUrl}/receiver/browser-crm`)
    await page.getByLabel('Description (optional)').fill('Sales CRM')
    await page.getByLabel('lead.assigned').check()
    await page.getByLabel('Description (optional)').press('Enter')

    const reveal = page.getByRole('heading', { name: 'Endpoint added' })
    await reveal.waitFor()
    await expect.poll(() => page.evaluate('document.activeElement?.textContent')).toBe('Endpoint added')
    const secret = await page.getByRole('textbox', { name: 'Signing secret' }).inputValue()
    expect(secret).toMatch(/^whsec_/)
    await page.getByText('Verification example (Node.js)').click()
    await expectAccessible(page)

    await page.getByRole('button', { name: 'Go to the endpoint' }).click()
    await page.getByRole('heading', { level: 1, name: 'Sales CRM' }).waitFor()
    await page.getByRole('button', { name: 'Send a test event' }).click()
    const log = page.getByRole('table', { name: 'Deliveries, newest first' })
    await log.getByText('Delivered').waitFor()
    const [test] = await received()
    expect(test).toBeDefined()
    expect(verifyVitrineWebhook(secret, test!.headers, test!.body)).toBe(true)
    expect(verifyVitrineWebhook(secret, test!.headers, `${test!.body} `)).toBe(false)
    await expectAccessible(page)

    await fetch(receiver('respond'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 500, body: '<script>window.pwned=1</script>' }),
    })
    await page.getByRole('button', { name: 'Send a test event' }).click()
    await log.getByText('Failed').waitFor()
    await log.getByText('Answer (first 1 KB)').first().click()
    await expect
      .poll(() => log.locator('pre').first().textContent())
      .toContain('<script>window.pwned=1</script>')
    expect(await page.evaluate('window.pwned')).toBeUndefined()
    await expectAccessible(page)

    await log.getByRole('button', { name: 'Replay this lead.created delivery' }).first().click()
    await page.getByText('Replay of lead.created queued.').waitFor({ state: 'attached' })
    await expect.poll(async () => (await received()).length, { timeout: 15_000 }).toBe(3)

    await page.getByRole('button', { name: 'Disable this endpoint' }).click()
    await page.locator('.webhook-status', { hasText: 'Disabled' }).waitFor()
    await page.getByRole('button', { name: 'Enable this endpoint' }).click()
    await page.locator('.webhook-status', { hasText: 'Active' }).waitFor()

    await page.getByRole('button', { name: 'Rotate the secret' }).click()
    await page.getByRole('button', { name: 'Rotate', exact: true }).click()
    await page.getByRole('heading', { name: 'New signing secret' }).waitFor()
    expect(await page.getByRole('textbox', { name: 'Signing secret' }).inputValue()).not.toBe(secret)
    await expectAccessible(page)
    await page.getByRole('button', { name: 'I have updated the receiver' }).click()

    await page.getByRole('button', { name: 'Delete', exact: true }).click()
    await page.getByRole('button', { name: 'Delete', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor()
    await page.getByText('No endpoints yet.').waitFor()
  })
})
