import { describe, expect, it } from 'vitest'
import { checkSignature, signatureHeader } from '../../../worker/modules/lead-sources/generic/signature.ts'
import { call, createTestTenant, type TestTenant, waitForLeads } from '../../helpers/tenant.ts'
import { connect, deliveriesOf, postRaw } from './source-fixtures.ts'

const now = () => Math.floor(Date.now() / 1000)

async function webhookSource(t: TestTenant, mapping?: Record<string, string>) {
  const { source, secret } = await connect(
    t,
    'webhook',
    mapping ? { config: { kind: 'webhook', mapping } } : {},
  )
  return { id: source.id, secret: secret!, path: `/hooks/webhook/${source.id}` }
}

/** Posts `body` signed as docs/leads.md tells senders to sign it. */
async function send(
  w: { path: string; secret: string },
  body: unknown,
  options: { at?: number; secret?: string; headers?: Record<string, string> } = {},
) {
  const raw = typeof body === 'string' ? body : JSON.stringify(body)
  const signature = await signatureHeader(options.secret ?? w.secret, raw, options.at ?? now())
  return postRaw(w.path, raw, { 'x-vitrine-signature': signature, ...options.headers })
}

const zapierLead = () => ({
  name: 'Tomás Silva',
  email: `tomas-${crypto.randomUUID().slice(0, 6)}@example.com`,
  phone: '+351912345678',
  message: 'Quote for 20 chairs',
  company: 'Silva Lda',
  budget: 1200,
  utm_source: 'newsletter',
  utm_campaign: 'spring',
  tags: ['b2b', 'urgent'],
})

describe('generic JSON webhook', () => {
  it('verifies the check value docs/leads.md gives senders', async () => {
    const body = '{"name":"Asha Rao","email":"asha@example.com"}'
    const header = 't=1700000000,v1=b06eef0dd989bac55442c5f95f9fdc723aeb7cc153635a8f603f19a0115a9e43'
    expect(await signatureHeader('whsec_abc', body, 1_700_000_000)).toBe(header)
    const raw = new TextEncoder().encode(body).buffer as ArrayBuffer
    expect(await checkSignature('whsec_abc', header, raw, new Date(1_700_000_100_000))).toEqual({ ok: true })
    expect((await checkSignature('whsec_abc', header, raw, new Date(1_700_000_301_000))).ok).toBe(false)
  })

  it('takes a correctly signed lead: 202 after queueing, contact mapped, other fields kept', async () => {
    const t = await createTestTenant()
    const w = await webhookSource(t)
    const body = zapierLead()
    const res = await send(w, body)
    expect(res.status).toBe(202)
    expect(res.body).toEqual({ accepted: true, duplicate: false })
    const [lead] = await waitForLeads(t, 1)
    expect(lead).toMatchObject({
      source: 'webhook',
      sourceId: w.id,
      name: 'Tomás Silva',
      email: body.email,
      phone: '+351912345678',
      message: 'Quote for 20 chairs',
      utm: { source: 'newsletter', campaign: 'spring' },
      fields: expect.objectContaining({ company: 'Silva Lda', budget: '1200', tags: 'b2b, urgent' }),
    })
    expect((await deliveriesOf(t, w.id))[0]).toMatchObject({
      outcome: 'accepted',
      httpStatus: 202,
      leadId: lead.id,
    })
  })

  it('reads the contact where the source’s mapping says (dotted paths)', async () => {
    const t = await createTestTenant()
    const w = await webhookSource(t, {
      name: 'contact.full_name',
      email: 'contact.mail',
      phone: 'contact.tel',
      message: 'note',
    })
    const res = await send(w, {
      contact: { full_name: 'Ana Costa', mail: 'ana@example.com', tel: '+351911111111' },
      note: 'Hi',
      extra: { size: 'L' },
    })
    expect(res.status).toBe(202)
    const [lead] = await waitForLeads(t, 1)
    expect(lead).toMatchObject({
      name: 'Ana Costa',
      email: 'ana@example.com',
      message: 'Hi',
      fields: expect.objectContaining({ 'extra.size': 'L' }),
    })
    expect(lead.fields).not.toHaveProperty('contact.mail')
  })

  it('takes the same Idempotency-Key once; a different key is a different delivery', async () => {
    const t = await createTestTenant()
    const w = await webhookSource(t)
    const body = zapierLead()
    const first = await send(w, body, { headers: { 'idempotency-key': 'zap-run-1' } })
    expect(first.body.duplicate).toBe(false)
    const again = await send(w, body, { headers: { 'idempotency-key': 'zap-run-1' } })
    expect(again.status).toBe(202)
    expect(again.body.duplicate).toBe(true)
    // The same body without a key is keyed by its hash: also a repeat of itself only.
    expect((await send(w, { ...body, id: 'row-7' })).body.duplicate).toBe(false)
    expect((await send(w, { ...body, id: 'row-7' })).body.duplicate).toBe(true)
    const outcomes = (await deliveriesOf(t, w.id)).map((d) => d.outcome)
    expect(outcomes).toEqual(['duplicate', 'accepted', 'duplicate', 'accepted'])
    // Both arrivals share the e-mail address: the consumer merges them into one lead, two touches.
    await waitForLeads(t, 1)
    await expect
      .poll(async () => (await t.get('/api/v1/leads')).body.data[0]?.touchCount, { timeout: 10_000 })
      .toBe(2)
  })

  it('refuses a bad signature, another secret, a stale timestamp or no header: 401, logged, nothing queued', async () => {
    const t = await createTestTenant()
    const w = await webhookSource(t)
    const body = zapierLead()
    const cases = [
      await send(w, body, { secret: 'whsec_someone-else' }),
      await send(w, body, { at: now() - 301 }),
      await send(w, body, { at: now() + 400 }),
      await postRaw(w.path, JSON.stringify(body)),
      await postRaw(w.path, JSON.stringify(body), { 'x-vitrine-signature': 'sha256=abc' }),
    ]
    expect(cases.map((r) => r.status)).toEqual([401, 401, 401, 401, 401])
    expect(cases[1]!.body.detail).toMatch(/300 seconds/)
    expect(cases[3]!.body.detail).toMatch(/X-Vitrine-Signature is missing/)
    const log = await deliveriesOf(t, w.id)
    expect(log).toHaveLength(5)
    expect(new Set(log.map((d) => d.outcome))).toEqual(new Set(['rejected']))
    expect((await t.get('/api/v1/leads')).body.data).toEqual([])
  })

  it('accepts a body signed with the old and the new secret while rotating, but not the old one alone', async () => {
    const t = await createTestTenant()
    const w = await webhookSource(t)
    const rotated = await t.post(`/api/v1/lead-sources/${w.id}/rotate-secret`, undefined)
    const raw = JSON.stringify(zapierLead())
    const at = now()
    const oldSig = (await signatureHeader(w.secret, raw, at)).split(',')[1]
    const newSig = (await signatureHeader(rotated.body.secret, raw, at)).split(',')[1]
    expect((await postRaw(w.path, raw, { 'x-vitrine-signature': `t=${at},${oldSig}` })).status).toBe(401)
    expect(
      (await postRaw(w.path, raw, { 'x-vitrine-signature': `t=${at},${oldSig},${newSig}` })).status,
    ).toBe(202)
  })

  it('refuses a body that is not a JSON object, or has no contact, with 400 and the reason', async () => {
    const t = await createTestTenant()
    const w = await webhookSource(t)
    const notJson = await send(w, 'name=Ana&email=ana@example.com')
    expect(notJson.status).toBe(400)
    const list = await send(w, '[{"email":"a@example.com"}]')
    expect(list.status).toBe(400)
    const noContact = await send(w, { name: 'Nobody', message: 'no way to reach me' })
    expect(noContact.status).toBe(400)
    expect(noContact.body.detail).toMatch(/No contact/)
    const log = await deliveriesOf(t, w.id)
    expect(log.map((d) => [d.outcome, d.httpStatus])).toEqual([
      ['rejected', 400],
      ['rejected', 400],
      ['rejected', 400],
    ])
    expect(log[0]!.excerpt).toContain('no way to reach me')
  })

  it('answers 409 while paused and 404 for another kind’s or an unknown source', async () => {
    const t = await createTestTenant()
    const w = await webhookSource(t)
    await call(`/api/v1/lead-sources/${w.id}`, {
      method: 'PATCH',
      token: t.token,
      body: '{"status":"paused"}',
    })
    expect((await send(w, zapierLead())).status).toBe(409)
    expect((await deliveriesOf(t, w.id))[0]).toMatchObject({ outcome: 'ignored', httpStatus: 409 })
    const google = await connect(t, 'google_ads')
    expect((await send({ ...w, path: `/hooks/webhook/${google.source.id}` }, zapierLead())).status).toBe(404)
    expect((await send({ ...w, path: '/hooks/webhook/nope' }, zapierLead())).status).toBe(404)
  })
})
