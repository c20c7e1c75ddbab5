// Lead sources as an owner meets them: connect a generic webhook with the keyboard, copy the
// one-time secret, watch a signed delivery (with a script in it, shown as text) reach the log,
// pause, rotate and archive; every screen axe-clean.
import { createHmac } from 'node:crypto'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { browserPlatformForFile, expectAccessible } from './helpers/platform-browser.ts'
import { signIn as signInAs } from './helpers/sign-in.ts'

const app = browserPlatformForFile('vitrine-lead-sources-')

const signIn = (page: Page) => signInAs(page, app.url)

/** What Zapier would send, signed as docs/leads.md says. */
function postSigned(path: string, secret: string, payload: unknown) {
  const body = JSON.stringify(payload)
  const t = Math.floor(Date.now() / 1000)
  const v1 = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')
  return fetch(`${app.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-vitrine-signature': `t=${t},v1=${v1}` },
    body,
  })
}

describe('lead sources', () => {
  it('connects a webhook, logs what it delivers as text, and pauses, rotates and archives it', async () => {
    const page = await app.newPage({ viewport: { width: 1280, height: 900 } })
    await signIn(page)
    await page.goto(`${app.url}/app/lead-sources`)
    await page.getByRole('heading', { level: 1, name: 'Lead sources' }).waitFor()
    await expectAccessible(page)

    await page.getByRole('link', { name: 'Connect a source' }).click()
    await page.getByRole('heading', { level: 1, name: 'Connect a lead source' }).waitFor()
    await page.getByLabel('Webhook (Zapier, Make, Pabbly…)').check()
    await page.getByLabel('Name', { exact: true }).fill('Zapier – price list')
    await expectAccessible(page)
    await page.getByLabel('Name', { exact: true }).press('Enter')

    const reveal = page.getByRole('heading', { name: '“Zapier – price list” is connected' })
    await reveal.waitFor()
    await expect
      .poll(() => page.evaluate('document.activeElement?.textContent'))
      .toBe('“Zapier – price list” is connected')
    const secret = await page.getByRole('textbox', { name: 'Signing secret' }).inputValue()
    const webhookUrl = await page.getByRole('textbox', { name: 'Webhook URL' }).inputValue()
    expect(secret).toMatch(/^whsec_[0-9a-f]{64}$/)
    await expectAccessible(page)

    const posted = await postSigned(new URL(webhookUrl).pathname, secret, {
      name: '<img src=x onerror="window.pwned=1">',
      email: 'script@example.com',
      note: '<script>window.pwned=2</script>',
    })
    expect(posted.status).toBe(202)

    await page.getByRole('button', { name: 'Go to the source' }).click()
    await page.getByRole('heading', { level: 1, name: 'Zapier – price list' }).waitFor()
    const log = page.getByRole('table', { name: 'Deliveries, newest first' })
    await log.getByText('Accepted').waitFor()
    await log.getByText('Body (first 2 KB)').click()
    await expect.poll(() => log.locator('pre').textContent()).toContain('<script>window.pwned=2</script>')
    expect(await log.locator('img, script').count()).toBe(0)
    expect(await page.evaluate('window.pwned')).toBeUndefined()
    await expectAccessible(page)

    await page.getByRole('button', { name: 'Pause this source' }).click()
    await page.locator('.source-status', { hasText: 'Paused' }).waitFor()

    await page.getByRole('button', { name: 'Rotate the secret' }).click()
    await page.getByRole('button', { name: 'Rotate', exact: true }).click()
    await page.getByRole('heading', { name: 'New signing secret' }).waitFor()
    expect(await page.getByRole('textbox', { name: 'Signing secret' }).inputValue()).not.toBe(secret)
    await expectAccessible(page)
    await page.getByRole('button', { name: 'I have updated the platform' }).click()

    await page.getByRole('button', { name: 'Archive', exact: true }).click()
    await page.getByRole('button', { name: 'Archive', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'Lead sources' }).waitFor()
    await page.getByText('No lead sources yet.').waitFor()
  })
})
