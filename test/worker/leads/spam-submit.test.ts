import { env, runInDurableObject } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import type { WindowState } from '../../../durable-objects/tenant-hub/rate-limit.ts'
import { createTestTenant, submitForm, type TestTenant } from '../../helpers/tenant.ts'
import { createForm, siteverifyCalls, turnstileToken, waitForAllLeads } from './spam-helpers.ts'

/**
 * Sets a limiter bucket of the tenant's hub to `count` submissions this minute (and, when
 * `full`, the minute before too, so it stays full if the minute turns during the test).
 */
async function fillBucket(t: TestTenant, key: string, count: number, full = true) {
  // An exact count must not straddle a minute boundary: wait for a fresh minute if one is near.
  const intoMinute = Date.now() % 60_000
  if (!full && intoMinute > 55_000) await new Promise((r) => setTimeout(r, 60_500 - intoMinute))
  const stub = env.TENANT_HUB.get(env.TENANT_HUB.idFromName(t.tenantId))
  const windowStart = Math.floor(Date.now() / 60_000) * 60_000
  const state: WindowState = { windowStart, current: count, previous: full ? count : 0 }
  await runInDurableObject(stub, (_instance, hub) => hub.storage.put(`rl:${key}`, state))
}

describe('marked, never dropped', () => {
  it('keeps what fills the honeypot as spam, and thanks the bot like anyone', async () => {
    const t = await createTestTenant()
    const bot = await submitForm(
      t.pagePath,
      { name: 'Bot', email: 'bot@example.com', website: 'http://spam.example' },
      { accept: 'text/html' },
    )
    expect(bot.status).toBe(202)
    expect(bot.body).toContain('Thank you')
    const json = await submitForm(t.pagePath, { name: 'Bot 2', email: 'bot2@example.com', website: 'x' })
    expect(json.status).toBe(202)
    expect(json.body).toMatchObject({ status: 'accepted', leadId: expect.stringMatching(/^lead_/) })
    const leads = await waitForAllLeads(t, 2)
    for (const lead of leads) {
      expect(lead.spam).toEqual({ marked: true, score: 100, reasons: ['honeypot'] })
    }
    // The inbox leaves them out unless asked.
    expect((await t.get('/api/v1/leads')).body.data).toHaveLength(0)
  })

  it('weighs throwaway inboxes, junk names, links and speed, and marks what adds up', async () => {
    const t = await createTestTenant()
    const renderedAt = String(Date.now())
    const res = await submitForm(t.pagePath, {
      name: 'asdfgh',
      email: 'someone@mailinator.com',
      message: 'Cheap deals http://a.example http://b.example',
      rendered_at: renderedAt,
    })
    expect(res.status).toBe(202)
    const calm = await submitForm(t.pagePath, {
      name: 'Ines Duarte',
      email: 'ines@example.com',
      message: 'Our menu is at https://ines.example, can you cater?',
      rendered_at: String(Date.now() - 60_000),
    })
    expect(calm.status).toBe(202)
    const leads = await waitForAllLeads(t, 2)
    const spam = leads.find((l: { id: string }) => l.id === res.body.leadId)
    expect(spam.spam).toEqual({
      marked: true,
      score: 100,
      reasons: ['disposable_email', 'junk_name', 'links_in_message', 'too_fast'],
    })
    const person = leads.find((l: { id: string }) => l.id === calm.body.leadId)
    expect(person.spam).toEqual({ marked: false, score: 25, reasons: ['links_in_message'] })
  })
})

describe('rate limits', () => {
  it('stops a flood on one form from every visitor together with 429 and RateLimit headers', async () => {
    const t = await createTestTenant()
    const formId = await createForm(t, { turnstile: false })
    await fillBucket(t, `lead-form-all:${formId}`, 120)
    const limited = await submitForm(
      t.pagePath,
      { formId, name: 'Late', email: 'late@example.com' },
      { 'cf-connecting-ip': '198.51.100.20' },
    )
    expect(limited.status).toBe(429)
    expect(limited.body.code).toBe('RATE_LIMITED')
    expect(limited.headers.get('ratelimit-limit')).toBe('120')
    expect(limited.headers.get('ratelimit-remaining')).toBe('0')
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    // The site's other form (the built-in one) has its own bucket.
    const other = await submitForm(t.pagePath, { name: 'Other', email: 'other@example.com' })
    expect(other.status).toBe(202)
    expect(other.headers.get('ratelimit-limit')).toBe('5')
  })

  it('counts the built-in form under the site, and shows the tighter limit', async () => {
    const t = await createTestTenant()
    await fillBucket(t, `lead-form-all:${t.siteId}`, 119, false)
    const last = await submitForm(
      t.pagePath,
      { name: 'Just in', email: 'in@example.com' },
      { 'cf-connecting-ip': '198.51.100.21' },
    )
    expect(last.status).toBe(202)
    // The per-form bucket (0 left) is tighter than this visitor's (4 left).
    expect(last.headers.get('ratelimit-limit')).toBe('120')
    expect(last.headers.get('ratelimit-remaining')).toBe('0')
    const over = await submitForm(
      t.pagePath,
      { name: 'Too late', email: 'late@example.com' },
      { 'cf-connecting-ip': '198.51.100.22' },
    )
    expect(over.status).toBe(429)
  })

  it('limits each visitor per site before reading the post', async () => {
    const t = await createTestTenant()
    const headers = { 'cf-connecting-ip': '203.0.113.99' }
    for (let i = 0; i < 5; i++) {
      expect((await submitForm(t.pagePath, { name: '' }, headers)).status).toBe(400)
    }
    const limited = await submitForm(t.pagePath, { name: 'Valid', email: 'v@example.com' }, headers)
    expect(limited.status).toBe(429)
    expect(limited.headers.get('ratelimit-limit')).toBe('5')
  })
})

describe('a resent saved form', () => {
  it('is one lead, verified once', async () => {
    const t = await createTestTenant()
    const formId = await createForm(t)
    const token = await turnstileToken('pass')
    const fields = {
      formId,
      name: 'Jon',
      email: 'jon@example.com',
      message: 'Two nights in May',
      'cf-turnstile-response': token,
    }
    const first = await submitForm(t.pagePath, fields)
    expect(first.status).toBe(202)
    const again = await submitForm(t.pagePath, fields)
    expect(again.status).toBe(202)
    expect(again.body.leadId).toBe(first.body.leadId)
    expect(await siteverifyCalls(token)).toHaveLength(1)
    const [lead] = await waitForAllLeads(t, 1)
    expect(lead).toMatchObject({ id: first.body.leadId, formId, spam: { marked: false, score: 0 } })
  })
})
