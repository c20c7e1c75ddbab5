import { env } from 'cloudflare:test'
import { sql } from 'drizzle-orm'
import { describe, expect, it, onTestFinished } from 'vitest'
import { newId } from '../../../worker/lib/ids.ts'
import { deliver, leadMessage } from '../../helpers/queue.ts'
import { createTestTenant, type TestTenant } from '../../helpers/tenant.ts'
import { contactsOf, leadsOf, pgRows, publicLeadsOf, slowLeadInserts, touchesOf } from './pipeline-helpers.ts'

const DAY = 24 * 60 * 60 * 1000

/** An active endpoint subscribed to every lead event, so emitted events leave a delivery row. */
async function subscribe(t: TestTenant) {
  const endpointId = newId('webhookEndpoint')
  await env.DB.prepare(
    `insert into webhook_endpoints (id, tenant_id, url, events, sealed_secret, updated_at)
     values (?, ?, 'https://receiver.example/hook', ?, 'sealed', ?)`,
  )
    .bind(
      endpointId,
      t.tenantId,
      JSON.stringify(['lead.created', 'lead.updated', 'contact.merged']),
      Date.now(),
    )
    .run()
  return endpointId
}

const deliveriesOf = async (t: TestTenant) =>
  (
    await env.DB.prepare(
      'select event_id, event_type, payload from webhook_deliveries where tenant_id = ? order by event_type',
    )
      .bind(t.tenantId)
      .all<{ event_id: string; event_type: string; payload: string }>()
  ).results

/** Every member's leads go to the test user: a rule naming them. */
async function assignAllTo(t: TestTenant) {
  await env.DB.prepare(
    `insert into routing_rules (id, tenant_id, name, position, match, action, respect_shifts, updated_at)
     values (?, ?, 'Everything to me', 0, '{}', ?, 0, ?)`,
  )
    .bind(newId('routingRule'), t.tenantId, JSON.stringify({ type: 'user', userId: t.userId }), Date.now())
    .run()
}

describe('normalisation, end to end', () => {
  it('stores the contact cleaned and the raw answers in fields', async () => {
    const t = await createTestTenant()
    const message = leadMessage(t, {
      source: 'webhook',
      contact: { name: '  ASHA   RAO ', email: ' Asha.Rao@Example.COM ', phone: '098123 45678' },
      phoneCountry: 'IN',
      utm: { source: ' Newsletter ', campaign: 'Diwali-2026', medium: ' ' },
      fields: { budget: ' 4000 ' },
    })
    expect((await deliver('leads', [message])).explicitAcks).toHaveLength(1)
    const [lead] = await publicLeadsOf(t.tenantId)
    expect(lead).toMatchObject({
      id: message.leadId,
      name: 'Asha Rao',
      email: 'asha.rao@example.com',
      phone: '+919812345678',
      source: 'webhook',
      utm: { source: 'newsletter', campaign: 'diwali-2026' },
      touchCount: 1,
    })
    expect(lead?.fields).toMatchObject({
      budget: '4000',
      email: 'asha.rao@example.com',
      phone: '+919812345678',
    })
  })

  it('keeps what does not parse in fields and leaves the contact field empty', async () => {
    const t = await createTestTenant()
    const message = leadMessage(t, {
      contact: { name: 'Bo', email: 'bo at home', phone: '12' },
      phoneCountry: 'GB',
    })
    await deliver('leads', [message])
    const [lead] = await publicLeadsOf(t.tenantId)
    expect(lead).toMatchObject({ email: null, phone: null, fields: { email: 'bo at home', phone: '12' } })
  })
})

describe('de-duplication', () => {
  it('stores a resent message once: one lead, one touch, one lead.created', async () => {
    const t = await createTestTenant()
    await subscribe(t)
    const message = leadMessage(t)
    await deliver('leads', [message])
    const again = await deliver('leads', [message], 2)
    expect(again.explicitAcks).toHaveLength(1)
    expect(await leadsOf(t.tenantId)).toHaveLength(1)
    const touches = await touchesOf(t.tenantId)
    expect(touches).toHaveLength(1)
    expect(touches[0]!.dispatched_at).not.toBeNull()
    const deliveries = await deliveriesOf(t)
    expect(deliveries.map((d) => d.event_type)).toEqual(['lead.created'])
    expect(deliveries[0]!.event_id).toBe(`evt_${touches[0]!.id}_lead_created`)
  })

  it('merges the same person from another source within the window into one lead', async () => {
    const t = await createTestTenant()
    await subscribe(t)
    const first = leadMessage(t, { contact: { name: 'Asha Rao', email: 'asha@example.com', phone: null } })
    const second = leadMessage(t, {
      source: 'facebook',
      siteId: null,
      submittedAt: new Date(Date.now() + 1000).toISOString(),
      contact: { name: 'ASHA RAO', email: 'ASHA@example.com ', phone: '+91 98123 45678' },
      message: 'Still interested',
    })
    await deliver('leads', [first])
    expect((await deliver('leads', [second])).explicitAcks).toHaveLength(1)

    const contacts = await contactsOf(t.tenantId)
    expect(contacts).toEqual([expect.objectContaining({ email: 'asha@example.com', phone: '+919812345678' })])
    const leads = await leadsOf(t.tenantId)
    expect(leads).toEqual([expect.objectContaining({ id: first.leadId, touch_count: 2 })])
    expect((await touchesOf(t.tenantId)).map((x) => x.source)).toEqual(['microsite_form', 'facebook'])
    const timeline = await pgRows<{ type: string; body: string }>(
      sql`select type, body from activities where tenant_id = ${t.tenantId} order by created_at, id`,
    )
    expect(timeline.at(-1)).toEqual({
      type: 'touch',
      body: 'Came back through Facebook Lead Ads\n\nStill interested',
    })

    const events = await deliveriesOf(t)
    expect(events.map((d) => d.event_type)).toEqual(['contact.merged', 'lead.created', 'lead.updated'])
    const merged = JSON.parse(events[0]!.payload)
    expect(merged.data).toMatchObject({
      contactId: contacts[0]!.id,
      leadId: first.leadId,
      touch: { source: 'facebook' },
    })
  })

  it('opens a second lead for the same contact outside the window', async () => {
    const t = await createTestTenant()
    const email = `${crypto.randomUUID().slice(0, 8)}@example.com`
    const old = leadMessage(t, {
      submittedAt: new Date(Date.now() - 40 * DAY).toISOString(),
      contact: { name: 'Back Again', email, phone: null },
    })
    const fresh = leadMessage(t, { contact: { name: 'Back Again', email, phone: null } })
    await deliver('leads', [old])
    await deliver('leads', [fresh])
    const leads = await leadsOf(t.tenantId)
    expect(leads.map((l) => l.id)).toEqual([old.leadId, fresh.leadId])
    expect(new Set(leads.map((l) => l.contact_id)).size).toBe(1)
    expect(await contactsOf(t.tenantId)).toHaveLength(1)
  })

  it('opens a new lead when the open one was closed', async () => {
    const t = await createTestTenant()
    const first = leadMessage(t)
    await deliver('leads', [first])
    await pgRows(sql`update leads set status = 'won' where id = ${first.leadId} returning id`)
    const second = leadMessage(t, { contact: first.contact })
    await deliver('leads', [second])
    expect((await leadsOf(t.tenantId)).map((l) => l.id)).toEqual([first.leadId, second.leadId])
  })

  it('makes one contact of two new arrivals of one person in the same batch', async () => {
    const t = await createTestTenant()
    const contact = { name: 'Twice', email: `${crypto.randomUUID().slice(0, 8)}@example.com`, phone: null }
    const result = await deliver('leads', [leadMessage(t, { contact }), leadMessage(t, { contact })])
    expect(result.explicitAcks).toHaveLength(2)
    expect(await contactsOf(t.tenantId)).toHaveLength(1)
    expect(await leadsOf(t.tenantId)).toEqual([expect.objectContaining({ touch_count: 2 })])
    expect(await touchesOf(t.tenantId)).toHaveLength(2)
  })

  it('makes one new lead of two arrivals of a known contact in the same batch', async () => {
    const t = await createTestTenant()
    const first = leadMessage(t)
    await deliver('leads', [first])
    await pgRows(sql`update leads set status = 'lost' where id = ${first.leadId} returning id`)
    // Each lead insert waits, so both arrivals are deciding merge-or-new at the same time.
    onTestFinished(await slowLeadInserts(t.tenantId, 0.5))
    const result = await deliver('leads', [
      leadMessage(t, { contact: first.contact }),
      leadMessage(t, { contact: first.contact }),
    ])
    expect(result.explicitAcks).toHaveLength(2)
    const leads = await leadsOf(t.tenantId)
    expect(leads.map((l) => l.touch_count)).toEqual([1, 2])
  })

  it('matches by phone number and fills the address the contact lacked', async () => {
    const t = await createTestTenant()
    await deliver('leads', [
      leadMessage(t, { contact: { name: 'Ravi', email: null, phone: '+91 98123 00001' } }),
    ])
    await deliver('leads', [
      leadMessage(t, {
        source: 'whatsapp',
        contact: { name: 'Someone Else', email: 'ravi@example.com', phone: '09812300001' },
        phoneCountry: 'IN',
      }),
    ])
    expect(await contactsOf(t.tenantId)).toEqual([
      expect.objectContaining({ name: 'Ravi', email: 'ravi@example.com', phone: '+919812300001' }),
    ])
    expect(await leadsOf(t.tenantId)).toHaveLength(1)
  })
})

describe('assignment and spam', () => {
  it('assigns a new lead, starts its SLA clock, and keeps the owner on a merged touch', async () => {
    const t = await createTestTenant()
    await assignAllTo(t)
    const first = leadMessage(t)
    await deliver('leads', [first])
    await deliver('leads', [leadMessage(t, { contact: first.contact })])
    const [lead] = await publicLeadsOf(t.tenantId)
    expect(lead).toMatchObject({ id: first.leadId, ownerUserId: t.userId, touchCount: 2 })
    expect(lead?.sla.dueAt).toEqual(expect.any(String))
    const timeline = await pgRows<{ type: string; body: string }>(
      sql`select type, body from activities where tenant_id = ${t.tenantId} and type = 'assignment'`,
    )
    expect(timeline).toEqual([{ type: 'assignment', body: 'Rule “Everything to me”' }])
  })

  it('stores spam marked and unassigned, without an SLA clock', async () => {
    const t = await createTestTenant()
    await assignAllTo(t)
    const message = leadMessage(t, { spam: { score: 80, reasons: ['honeypot', 'too_fast'] } })
    expect((await deliver('leads', [message])).explicitAcks).toHaveLength(1)
    const [lead] = await publicLeadsOf(t.tenantId)
    expect(lead).toMatchObject({
      ownerUserId: null,
      spam: { marked: true, score: 80, reasons: ['honeypot', 'too_fast'] },
      sla: { dueAt: null },
    })
  })
})
