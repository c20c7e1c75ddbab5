import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { d1 } from '../../../worker/lib/d1.ts'
import { newId } from '../../../worker/lib/ids.ts'
import { branches } from '../../../worker/modules/brands/brands.tables.ts'
import { MAX_HOOK_BODY_BYTES } from '../../../worker/modules/lead-sources/hooks/index.ts'
import { call, createTestTenant, type TestTenant, waitForLeads } from '../../helpers/tenant.ts'
import { connect, deliveriesOf, failingQueue, postRaw } from './source-fixtures.ts'

/** A lead as Google Ads posts it (developers.google.com/google-ads/webhook/docs/implementation). */
function googleLead(key: string, overrides: Record<string, unknown> = {}) {
  return {
    lead_id: `TeSter-${crypto.randomUUID()}`,
    api_version: '1.0',
    form_id: 40000000001,
    campaign_id: 12345678901,
    google_key: key,
    is_test: false,
    gcl_id: 'EAIaIQobChMI-gclid',
    adgroup_id: 20000000001,
    creative_id: 30000000001,
    lead_submit_time: '2026-11-20T10:15:00Z',
    user_column_data: [
      { column_name: 'Full Name', string_value: 'Meera Iyer', column_id: 'FULL_NAME' },
      { column_name: 'User Email', string_value: 'Meera.Iyer@Example.com', column_id: 'EMAIL' },
      { column_name: 'User Phone', string_value: '+919812345678', column_id: 'PHONE_NUMBER' },
      { column_name: 'Postal Code', string_value: '560001', column_id: 'POSTAL_CODE' },
      { column_name: 'Which service do you need?', string_value: 'Root canal', column_id: 'which_service' },
    ],
    ...overrides,
  }
}

async function googleSource(t: TestTenant, config?: Record<string, unknown>) {
  const { source, secret } = await connect(
    t,
    'google_ads',
    config ? { config: { kind: 'google_ads', ...config } } : {},
  )
  return { id: source.id, key: secret!, path: `/hooks/google/${source.id}` }
}

describe('Google Ads lead form webhook', () => {
  it('takes a lead with the right google_key: 200, queued, stored once with its columns', async () => {
    const t = await createTestTenant()
    const g = await googleSource(t)
    const body = googleLead(g.key)
    const res = await postRaw(g.path, JSON.stringify(body))
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ ok: true, duplicate: false })
    const [lead] = await waitForLeads(t, 1)
    expect(lead).toMatchObject({
      source: 'google_ads',
      sourceId: g.id,
      externalId: body.lead_id,
      name: 'Meera Iyer',
      email: 'meera.iyer@example.com',
      phone: '+919812345678',
      branchId: t.branchId,
      fields: expect.objectContaining({
        postal_code: '560001',
        'Which service do you need?': 'Root canal',
        google_campaign_id: '12345678901',
      }),
    })
    const [delivery] = await deliveriesOf(t, g.id)
    expect(delivery).toMatchObject({
      outcome: 'accepted',
      httpStatus: 200,
      externalId: body.lead_id,
      leadId: lead.id,
    })
    // The key is in every body Google sends; the log keeps the body, not the key.
    expect(delivery!.excerpt).toContain('"google_key":"[redacted]"')
    expect(delivery!.excerpt).not.toContain(g.key)
  })

  it('answers a redelivered lead as a duplicate and stores nothing new', async () => {
    const t = await createTestTenant()
    const g = await googleSource(t)
    const raw = JSON.stringify(googleLead(g.key))
    expect((await postRaw(g.path, raw)).status).toBe(200)
    const again = await postRaw(g.path, raw)
    expect(again.status).toBe(200)
    expect(again.body.duplicate).toBe(true)
    await waitForLeads(t, 1)
    const log = await deliveriesOf(t, g.id)
    expect(log.map((d) => d.outcome)).toEqual(['duplicate', 'accepted'])
    expect(log[0]!.leadId).toBe(log[1]!.leadId)
  })

  it('refuses a wrong or missing key with 401, logs it as rejected, and queues nothing', async () => {
    const t = await createTestTenant()
    const g = await googleSource(t)
    const wrong = await postRaw(g.path, JSON.stringify(googleLead('not-the-key')))
    expect(wrong.status).toBe(401)
    expect(wrong.headers.get('content-type')).toContain('application/problem+json')
    const { google_key: _, ...keyless } = googleLead(g.key)
    expect((await postRaw(g.path, JSON.stringify(keyless))).status).toBe(401)
    const log = await deliveriesOf(t, g.id)
    expect(log.map((d) => [d.outcome, d.httpStatus])).toEqual([
      ['rejected', 401],
      ['rejected', 401],
    ])
    expect((await t.get('/api/v1/leads')).body.data).toEqual([])
  })

  it('refuses a malformed body with 400 naming what is wrong, in the delivery log too', async () => {
    const t = await createTestTenant()
    const g = await googleSource(t)
    const noId = await postRaw(g.path, JSON.stringify(googleLead(g.key, { lead_id: undefined })))
    expect(noId.status).toBe(400)
    expect(noId.body.detail).toMatch(/lead_id/)
    const notJson = await postRaw(g.path, '{"lead_id": ')
    expect(notJson.status).toBe(400)
    const [last, first] = await deliveriesOf(t, g.id)
    expect(first).toMatchObject({
      outcome: 'rejected',
      httpStatus: 400,
      detail: expect.stringMatching(/lead_id/),
    })
    expect(last).toMatchObject({ outcome: 'rejected', detail: 'The body is not a JSON object' })
  })

  it('answers 404 for an unknown or archived source, and 409 (logged) while paused', async () => {
    const t = await createTestTenant()
    const g = await googleSource(t)
    const raw = JSON.stringify(googleLead(g.key))
    expect((await postRaw('/hooks/google/lsrc_01JD3Q9W2Z8K5V7M4N6P0R1S2T', raw)).status).toBe(404)
    await call(`/api/v1/lead-sources/${g.id}`, {
      method: 'PATCH',
      token: t.token,
      body: '{"status":"paused"}',
    })
    const paused = await postRaw(g.path, raw)
    expect(paused.status).toBe(409)
    expect((await deliveriesOf(t, g.id))[0]).toMatchObject({ outcome: 'ignored', httpStatus: 409 })
    await call(`/api/v1/lead-sources/${g.id}`, { method: 'DELETE', token: t.token })
    expect((await postRaw(g.path, raw)).status).toBe(404)
    expect((await t.get('/api/v1/leads')).body.data).toEqual([])
  })

  it('stores test leads flagged test=true, or ignores them when the source says so', async () => {
    const t = await createTestTenant()
    const takes = await googleSource(t)
    expect((await postRaw(takes.path, JSON.stringify(googleLead(takes.key, { is_test: true })))).status).toBe(
      200,
    )
    const [lead] = await waitForLeads(t, 1)
    expect(lead.fields.test).toBe('true')
    const refuses = await googleSource(t, { acceptTestLeads: false })
    const ignored = await postRaw(refuses.path, JSON.stringify(googleLead(refuses.key, { is_test: true })))
    expect(ignored.status).toBe(200)
    expect((await deliveriesOf(t, refuses.id))[0]).toMatchObject({ outcome: 'ignored' })
    await waitForLeads(t, 1)
  })

  it('sends a mapped form’s leads to that form’s branch', async () => {
    const t = await createTestTenant()
    const branchId = newId('branch')
    await d1(env.DB)
      .insert(branches)
      .values({
        id: branchId,
        tenantId: t.tenantId,
        brandId: t.brandId,
        slug: 'mapped',
        name: 'Mapped',
        address: { line1: '1 Rue', city: 'Paris', country: 'FR' },
      })
    const g = await googleSource(t, { forms: [{ formRef: '40000000001', branchId }] })
    const body = googleLead(g.key, {
      user_column_data: [
        { column_id: 'FIRST_NAME', string_value: 'Jean' },
        { column_id: 'LAST_NAME', string_value: 'Dupont' },
        // A national number: read with the mapped branch's country.
        { column_id: 'PHONE_NUMBER', string_value: '06 12 34 56 78' },
      ],
    })
    expect((await postRaw(g.path, JSON.stringify(body))).status).toBe(200)
    const [lead] = await waitForLeads(t, 1)
    expect(lead).toMatchObject({ branchId, name: 'Jean Dupont', phone: '+33612345678' })
  })

  it('answers 503 and logs a failed delivery when the queue is down, so Google sends it again', async () => {
    const t = await createTestTenant()
    const g = await googleSource(t)
    const res = await postRaw(g.path, JSON.stringify(googleLead(g.key)), {}, failingQueue())
    expect(res.status).toBe(503)
    expect((await deliveriesOf(t, g.id))[0]).toMatchObject({ outcome: 'failed', httpStatus: 503 })
  })

  it('refuses an oversized body with 413 before reading it', async () => {
    const t = await createTestTenant()
    const g = await googleSource(t)
    const res = await postRaw(g.path, `{"pad":"${'x'.repeat(MAX_HOOK_BODY_BYTES)}"}`)
    expect(res.status).toBe(413)
  })
})
