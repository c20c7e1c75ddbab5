import { env } from 'cloudflare:test'
import { describe, expect, it, vi } from 'vitest'
import { call, createTestTenant, submitForm, waitForLeads } from '../../helpers/tenant.ts'

describe('a visitor submits the lead form', () => {
  it('is accepted with 202 once queued, and lands in the CRM', async () => {
    const t = await createTestTenant()
    const res = await submitForm(t.pagePath, {
      name: 'Asha Rao',
      email: 'Asha@Example.com',
      message: 'Table for four',
    })
    expect(res.status).toBe(202)
    expect(res.body).toMatchObject({ status: 'accepted', leadId: expect.stringMatching(/^lead_/) })
    const [lead] = await waitForLeads(t, 1)
    expect(lead).toMatchObject({
      id: res.body.leadId,
      name: 'Asha Rao',
      email: 'asha@example.com',
      message: 'Table for four',
      source: 'microsite_form',
      status: 'new',
      branchId: t.branchId,
    })
  })

  it('thanks a browser without scripts with a page', async () => {
    const t = await createTestTenant()
    const res = await submitForm(
      t.pagePath,
      { name: 'Ben', phone: '+44 20 7946 0000' },
      { accept: 'text/html' },
    )
    expect(res.status).toBe(202)
    expect(res.body).toContain('Thank you')
  })

  it("reads a national phone number in the branch's country", async () => {
    const t = await createTestTenant()
    const address = { line1: '12 MG Road', city: 'Bengaluru', country: 'IN' }
    await env.DB.prepare('update branches set address = ? where id = ?')
      .bind(JSON.stringify(address), t.branchId)
      .run()
    const res = await submitForm(t.pagePath, { name: 'Ravi', phone: '098123 45678' })
    expect(res.status).toBe(202)
    const [lead] = await waitForLeads(t, 1)
    expect(lead.phone).toBe('+919812345678')
  })

  it('makes one lead of a retried post', async () => {
    const t = await createTestTenant()
    const fields = { name: 'Chen', email: 'chen@example.com', idempotencyKey: crypto.randomUUID() }
    const first = await submitForm(t.pagePath, fields)
    const retry = await submitForm(t.pagePath, fields)
    expect(retry.status).toBe(202)
    expect(retry.body.leadId).toBe(first.body.leadId)
    await waitForLeads(t, 1)
  })

  it('makes one lead of the same content resent without a key', async () => {
    const t = await createTestTenant()
    const fields = { name: 'Dara', email: 'dara@example.com', message: 'Hello' }
    const first = await submitForm(t.pagePath, fields)
    const again = await submitForm(t.pagePath, fields)
    expect(again.body.leadId).toBe(first.body.leadId)
    await waitForLeads(t, 1)
  })

  it('also takes JSON with an Idempotency-Key header', async () => {
    const t = await createTestTenant()
    const key = crypto.randomUUID()
    const send = () =>
      call(`${t.pagePath}/leads`, {
        method: 'POST',
        body: JSON.stringify({ name: 'Eve', email: 'eve@example.com' }),
        headers: { 'idempotency-key': key },
      })
    expect((await send()).status).toBe(202)
    expect((await send()).status).toBe(202)
    await waitForLeads(t, 1)
  })
})

describe('bad submissions', () => {
  it('names the fields to fix, and stores nothing', async () => {
    const t = await createTestTenant()
    const res = await submitForm(t.pagePath, { name: '', email: 'not-an-email' })
    expect(res.status).toBe(400)
    expect(res.body.code).toBe('BAD_REQUEST')
    const paths = res.body.errors.map((e: { path: string }) => e.path)
    expect(paths).toEqual(expect.arrayContaining(['name', 'email']))
    const none = await submitForm(t.pagePath, { name: 'No contact' })
    expect(none.status).toBe(400)
    expect(none.body.errors[0].message).toMatch(/email address or a phone/)
    expect((await t.get('/api/v1/leads')).body.data).toHaveLength(0)
  })

  it('shows a browser without scripts what to fix', async () => {
    const t = await createTestTenant()
    const res = await submitForm(t.pagePath, { name: 'Fay' }, { accept: 'text/html' })
    expect(res.status).toBe(400)
    expect(res.body).toContain('Your message was not sent')
    expect(res.body).toContain(`href="${t.pagePath}"`)
  })

  it('refuses unknown fields, other content types and oversized posts', async () => {
    const t = await createTestTenant()
    expect((await submitForm(t.pagePath, { name: 'G', email: 'g@example.com', role: 'admin' })).status).toBe(
      400,
    )
    const text = await call(`${t.pagePath}/leads`, {
      method: 'POST',
      body: 'hi',
      headers: { 'content-type': 'text/plain' },
    })
    expect(text.status).toBe(415)
    const big = await submitForm(t.pagePath, {
      name: 'H',
      email: 'h@example.com',
      message: 'x'.repeat(20_000),
    })
    expect(big.status).toBe(413)
  })

  it('answers 404 for a form on a page that does not exist', async () => {
    const t = await createTestTenant()
    expect(
      (await submitForm(`/${t.brandSlug}/elsewhere`, { name: 'I', email: 'i@example.com' })).status,
    ).toBe(404)
  })

  it('marks what fills the honeypot as spam, keeps it, and answers it like any lead', async () => {
    const t = await createTestTenant()
    const res = await submitForm(t.pagePath, {
      name: 'Bot',
      email: 'bot@example.com',
      website: 'http://spam.example',
    })
    expect(res.status).toBe(202)
    expect(res.body).toMatchObject({ status: 'accepted', leadId: expect.stringMatching(/^lead_/) })
    const real = await submitForm(t.pagePath, { name: 'Person', email: 'person@example.com' })
    expect(real.status).toBe(202)
    // The inbox shows the person; the bot's lead is kept, marked, for anyone who asks.
    const [lead] = await waitForLeads(t, 1)
    expect(lead.name).toBe('Person')
    const all = await vi.waitFor(async () => {
      const list = (await t.get('/api/v1/leads?spam=include')).body.data
      expect(list).toHaveLength(2)
      return list
    })
    expect(all.find((l: { name: string }) => l.name === 'Bot').spam).toEqual({
      marked: true,
      score: 100,
      reasons: ['honeypot'],
    })
  })
})

describe('rate limit', () => {
  it('answers 429 with Retry-After and RateLimit headers past the limit', async () => {
    const t = await createTestTenant()
    const headers = { 'cf-connecting-ip': '203.0.113.7' }
    for (let i = 0; i < 5; i++) {
      const ok = await submitForm(t.pagePath, { name: `N${i}`, email: `n${i}@example.com` }, headers)
      expect(ok.status).toBe(202)
      expect(ok.headers.get('ratelimit-remaining')).toBe(String(4 - i))
    }
    const limited = await submitForm(t.pagePath, { name: 'Late', email: 'late@example.com' }, headers)
    expect(limited.status).toBe(429)
    expect(limited.body.code).toBe('RATE_LIMITED')
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(limited.headers.get('ratelimit-limit')).toBe('5')
    expect(limited.headers.get('ratelimit-remaining')).toBe('0')
    // Another visitor is not affected.
    const other = await submitForm(
      t.pagePath,
      { name: 'Other', email: 'o@example.com' },
      { 'cf-connecting-ip': '198.51.100.1' },
    )
    expect(other.status).toBe(202)
  })
})
