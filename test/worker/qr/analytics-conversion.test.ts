import { env } from 'cloudflare:test'
import { describe, expect, it, vi } from 'vitest'
import { leadMessage } from '../../helpers/queue.ts'
import { call, createTestTenant, submitForm, type TestTenant, waitForLeads } from '../../helpers/tenant.ts'
import { countWhere, deliver, insertCode, scanOf, type TestCode } from './scans-helpers.ts'

const today = () => new Date().toISOString().slice(0, 10)

/** The code's analytics for today once `leads` conversions have been counted. */
const waitForLeadCount = (t: TestTenant, code: TestCode, leads: number) =>
  vi.waitFor(
    async () => {
      const res = await t.get(`/api/v1/qr-codes/${code.id}/analytics`)
      expect(res.body.totals.leads).toBe(leads)
      return res.body
    },
    { timeout: 10_000, interval: 100 },
  )

const leadFor = (t: TestTenant, qrCode: string) => leadMessage(t, { message: null, qrCode })

describe('scan-to-lead conversion', () => {
  it('sends same-origin referrers from microsite pages, fresh and cached', async () => {
    const t = await createTestTenant()
    const fresh = await call(`${t.pagePath}?qr=abcd1234`)
    const cached = await call(`${t.pagePath}?qr=abcd1234`)
    expect([fresh.headers.get('x-vitrine-cache'), cached.headers.get('x-vitrine-cache')]).toEqual([
      'miss',
      'hit',
    ])
    for (const res of [fresh, cached]) {
      expect(res.status).toBe(200)
      expect(res.headers.get('referrer-policy')).toBe('same-origin')
    }
  })

  it('counts a lead posted from the page a code led to', async () => {
    const t = await createTestTenant()
    const code = await insertCode(t)
    await deliver('events', [scanOf(code), scanOf(code, { visitorHash: 'b'.repeat(32) })])
    const res = await submitForm(
      t.pagePath,
      { name: 'Asha', email: 'asha@example.com' },
      { referer: `http://localhost${t.pagePath}?qr=${code.code}&utm_source=qr` },
    )
    expect(res.status).toBe(202)
    const [lead] = await waitForLeads(t, 1)
    expect(lead.id).toBe(res.body.leadId)
    const analytics = await waitForLeadCount(t, code, 1)
    expect(analytics.totals).toMatchObject({ scans: 2, leads: 1, conversionRate: 0.5 })
    expect(analytics.series.at(-1)).toEqual({ day: today(), scans: 2, uniques: 2, leads: 1 })
    const branch = await t.get(`/api/v1/qr-analytics?branchId=${t.branchId}`)
    expect(branch.body.totals.leads).toBe(1)
  })

  it('ignores the code in a referrer from another site, and a code of another tenant', async () => {
    const t = await createTestTenant()
    const stranger = await createTestTenant()
    const code = await insertCode(t)
    const theirs = await insertCode(stranger)
    await submitForm(
      t.pagePath,
      { name: 'Ben', email: 'ben@example.com' },
      { referer: `https://evil.example${t.pagePath}?qr=${code.code}` },
    )
    await submitForm(
      t.pagePath,
      { name: 'Cleo', email: 'cleo@example.com' },
      { referer: `http://localhost${t.pagePath}?qr=${theirs.code}` },
    )
    // A lead that does count, sent last: once it is counted, the two before it were handled.
    await submitForm(
      t.pagePath,
      { name: 'Dev', email: 'dev@example.com' },
      { referer: `http://localhost${t.pagePath}?qr=${code.code}` },
    )
    await waitForLeads(t, 3)
    await waitForLeadCount(t, code, 1)
    expect(await countWhere('qr_conversions', 'tenant_id', t.tenantId)).toBe(1)
    expect(await countWhere('qr_conversions', 'tenant_id', stranger.tenantId)).toBe(0)
  })

  it('counts a redelivered lead once, and never fails a lead over an unknown code', async () => {
    const t = await createTestTenant()
    const code = await insertCode(t)
    const message = leadFor(t, code.code)
    expect((await deliver('leads', [message])).explicitAcks).toHaveLength(1)
    expect((await deliver('leads', [message], 2)).explicitAcks).toHaveLength(1)
    expect(await countWhere('qr_conversions', 'lead_id', message.leadId)).toBe(1)

    const unknown = leadFor(t, 'nosuchcode')
    expect((await deliver('leads', [unknown])).explicitAcks).toHaveLength(1)
    expect(await countWhere('qr_conversions', 'lead_id', unknown.leadId)).toBe(0)
    expect((await t.get('/api/v1/leads')).body.data).toHaveLength(2)
    const row = await env.DB.prepare('select code_id, day from qr_conversions where lead_id = ?')
      .bind(message.leadId)
      .first()
    expect(row).toEqual({ code_id: code.id, day: today() })
  })
})
