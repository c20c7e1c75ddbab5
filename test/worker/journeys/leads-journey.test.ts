// Issue #6's "done when", end to end through the real entry points, queues, Durable Object and
// Postgres: a form, a signed Facebook webhook (fields fetched from a local Graph API), a Google
// Ads webhook and a generic webhook each land once, de-duplicated, assigned and announced live;
// resending any of them creates nothing; a CRM write that fails N times still ends in one lead,
// and a poison message reaches the dead-letter queue and can be replayed.
import { env } from 'cloudflare:test'
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import type { ServerMessage } from '../../../durable-objects/tenant-hub/protocol.ts'
import { signatureHeader } from '../../../worker/modules/lead-sources/generic/signature.ts'
import { retryDelaySeconds } from '../../../worker/modules/leads/jobs/store-leads.ts'
import { waitForEmail } from '../../helpers/mail.ts'
import { deliver, leadMessage } from '../../helpers/queue.ts'
import { createTestTenant, submitForm, type TestTenant, waitForLeads } from '../../helpers/tenant.ts'
import {
  connectSource,
  fakeControl,
  postHook,
  signed,
  uniqueAccountId,
} from '../lead-sources/meta-fixtures.ts'
import { connect, postRaw } from '../lead-sources/source-fixtures.ts'
import { contactsOf, failTouchInserts, leadsOf, touchesOf } from '../leads/pipeline-helpers.ts'
import { addPerson } from '../routing/routing-fixtures.ts'
import { openSocket } from '../team/team-helpers.ts'

const unique = () => crypto.randomUUID().slice(0, 8)

/** Four people, one per source; the form's visitor comes back later through the generic webhook. */
function people() {
  const id = unique()
  return {
    form: { name: 'asha rao', email: `Asha.${id}@Example.com`, phone: '+91 98123 45678' },
    facebook: { first: 'Priya', last: 'Nair', email: `priya.${id}@example.com`, phone: '+447911123456' },
    google: { name: 'Meera Iyer', email: `meera.${id}@example.com`, phone: '+919812300001' },
    webhook: { name: 'Tomás Silva', email: `tomas.${id}@example.com`, phone: '+351912345678' },
  }
}

async function sources(t: TestTenant) {
  const pageId = uniqueAccountId()
  const pageToken = `EAAGpage${crypto.randomUUID().replaceAll('-', '')}`
  const facebook = await connectSource(t, 'facebook', pageId, { accessToken: pageToken })
  const google = await connect(t, 'google_ads')
  const hook = await connect(t, 'webhook')
  return { pageId, pageToken, facebook, google, hook }
}

function leadgen(pageId: string, leadgenId: string) {
  const now = Math.floor(Date.now() / 1000)
  return {
    object: 'page',
    entry: [
      {
        id: pageId,
        time: now,
        changes: [
          {
            field: 'leadgen',
            value: { leadgen_id: leadgenId, page_id: pageId, form_id: '900000000000001', created_time: now },
          },
        ],
      },
    ],
  }
}

function googleLead(key: string, leadId: string, person: ReturnType<typeof people>['google']) {
  return {
    lead_id: leadId,
    api_version: '1.0',
    form_id: 40000000001,
    campaign_id: 12345678901,
    google_key: key,
    is_test: false,
    user_column_data: [
      { column_name: 'Full Name', string_value: person.name, column_id: 'FULL_NAME' },
      { column_name: 'User Email', string_value: person.email, column_id: 'EMAIL' },
      { column_name: 'User Phone', string_value: person.phone, column_id: 'PHONE_NUMBER' },
    ],
  }
}

async function sendGeneric(path: string, secret: string, body: unknown, key: string) {
  const raw = JSON.stringify(body)
  const signature = await signatureHeader(secret, raw, Math.floor(Date.now() / 1000))
  return postRaw(path, raw, { 'x-vitrine-signature': signature, 'idempotency-key': key })
}

describe('leads from every source', () => {
  it('land once each, de-duplicated, assigned and announced live; resending creates nothing', async () => {
    const t = await createTestTenant()
    const branchEmail = `frontdesk-${unique()}@example.test`
    await env.DB.prepare('update branches set email = ? where id = ?').bind(branchEmail, t.branchId).run()
    const agent = await addPerson(t, 'agent', { branchIds: [t.branchId], name: 'Ravi Agent' })
    const rule = await t.post('/api/v1/routing-rules', {
      name: 'Main Street agents',
      match: {},
      action: { type: 'branch_round_robin' },
    })
    expect(rule.status, JSON.stringify(rule.body)).toBe(201)
    const s = await sources(t)
    const p = people()
    const live = await openSocket(t.token)
    expect((await live.next()).type).toBe('ready')

    // The four arrivals, each as its platform sends it.
    const formKey = `form-${crypto.randomUUID()}`
    const sendForm = () =>
      submitForm(
        t.pagePath,
        { ...p.form, message: 'A table for six on Friday?' },
        { 'idempotency-key': formKey },
      )
    const leadgenId = uniqueAccountId()
    await fakeControl('leads', {
      id: leadgenId,
      pageToken: s.pageToken,
      form_id: '900000000000001',
      created_time: new Date().toISOString(),
      field_data: [
        { name: 'first_name', values: [p.facebook.first] },
        { name: 'last_name', values: [p.facebook.last] },
        { name: 'email', values: [p.facebook.email] },
        { name: 'phone_number', values: [p.facebook.phone] },
      ],
    })
    const fbBody = await signed(leadgen(s.pageId, leadgenId))
    const sendFacebook = () => postHook('/hooks/facebook', fbBody.body, fbBody.signature)
    const googleBody = JSON.stringify(googleLead(s.google.secret!, `gl-${unique()}`, p.google))
    const sendGoogle = () => postRaw(`/hooks/google/${s.google.source.id}`, googleBody)
    const hookPath = `/hooks/webhook/${s.hook.source.id}`
    const hookKey = `zap-${unique()}`
    const sendWebhook = () => sendGeneric(hookPath, s.hook.secret!, p.webhook, hookKey)

    const first = await Promise.all([sendForm(), sendFacebook(), sendGoogle(), sendWebhook()])
    for (const res of first) expect(res.status, JSON.stringify(res.body)).toBeLessThan(300)

    const stored = await waitForLeads(t, 4)
    const bySource = Object.fromEntries(stored.map((lead: any) => [lead.source, lead]))
    expect(Object.keys(bySource).sort()).toEqual(['facebook', 'google_ads', 'microsite_form', 'webhook'])
    // Cleaned: names cased, e-mails lower-cased, phones in E.164.
    expect(bySource.microsite_form).toMatchObject({
      name: 'Asha Rao',
      email: p.form.email.toLowerCase(),
      phone: '+919812345678',
    })
    expect(bySource.facebook).toMatchObject({ name: 'Priya Nair', email: p.facebook.email })
    expect(bySource.google_ads).toMatchObject({ name: 'Meera Iyer', phone: '+919812300001' })
    expect(bySource.webhook).toMatchObject({ name: 'Tomás Silva', phone: '+351912345678' })
    // Assigned by the rule, with a response due.
    for (const lead of stored) {
      expect(lead.ownerUserId).toBe(agent.userId)
      expect(lead.sla.dueAt).not.toBeNull()
    }

    // Announced live to the open dashboard, and e-mailed to the branch.
    const created = new Set<string>()
    while (created.size < 4) {
      const message: ServerMessage = await live.next()
      if (message.type === 'lead.created') created.add(message.lead.id)
    }
    expect([...created].sort()).toEqual(stored.map((lead: any) => lead.id).sort())
    await waitForEmail(branchEmail, /New lead: Asha Rao/)

    // Resending each of the four creates nothing new: not a lead, not a touch, not a contact.
    const again = await Promise.all([sendForm(), sendFacebook(), sendGoogle(), sendWebhook()])
    for (const res of again) expect(res.status, JSON.stringify(res.body)).toBeLessThan(300)
    // The same form resent answers with the first lead's id.
    expect(again[0]?.body.leadId).toBe(first[0]?.body.leadId)
    await vi.waitFor(async () => expect(await touchesOf(t.tenantId)).toHaveLength(4), { timeout: 5_000 })
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    expect(await touchesOf(t.tenantId)).toHaveLength(4)
    expect(await leadsOf(t.tenantId)).toHaveLength(4)
    expect(await contactsOf(t.tenantId)).toHaveLength(4)

    // The form's visitor comes back through the webhook: one contact, one lead, a second touch.
    const back = await sendGeneric(
      hookPath,
      s.hook.secret!,
      { name: 'Asha Rao', email: p.form.email, message: 'Still keen on Friday' },
      `zap-${unique()}`,
    )
    expect(back.status).toBeLessThan(300)
    const merged = await vi.waitFor(
      async () => {
        const res = await t.get(`/api/v1/leads/${bySource.microsite_form.id}`)
        expect(res.body.lead.touchCount).toBe(2)
        return res.body
      },
      { timeout: 10_000, interval: 100 },
    )
    expect(merged.lead.ownerUserId).toBe(agent.userId)
    expect(merged.touches.map((touch: any) => touch.source).sort()).toEqual(['microsite_form', 'webhook'])
    let update: ServerMessage
    do update = await live.next()
    while (update.type !== 'lead.updated')
    expect(update).toMatchObject({ change: 'touch', lead: { id: bySource.microsite_form.id } })
    expect(await leadsOf(t.tenantId)).toHaveLength(4)
    expect(await contactsOf(t.tenantId)).toHaveLength(4)
    live.socket.close()
  })
})

describe('a lead through a failing CRM', () => {
  it('arrives once after N failed writes; a poison message is parked and replayed', async () => {
    const t = await createTestTenant()
    const failures = 3
    onTestFinished(await failTouchInserts(t.tenantId, failures))
    const message = leadMessage(t, {
      contact: { name: 'Nadia Haddad', email: `nadia.${unique()}@example.com`, phone: null },
    })
    for (let attempt = 1; attempt <= failures; attempt++) {
      const result = await deliver('leads', [message], attempt)
      expect(result.explicitAcks).toEqual([])
      expect(result.delays).toEqual([retryDelaySeconds(attempt)])
    }
    expect(await leadsOf(t.tenantId)).toEqual([])
    expect((await deliver('leads', [message], failures + 1)).explicitAcks).toHaveLength(1)
    expect(await leadsOf(t.tenantId)).toHaveLength(1)

    // A message that cannot succeed is retried into leads-dlq, parked, and replayed by an admin.
    const admin = await createTestTenant()
    await env.DB.prepare("update users set platform_role = 'super_admin' where id = ?")
      .bind(admin.userId)
      .run()
    const other = await createTestTenant()
    const poison = leadMessage(other, {
      contact: { name: 'Poison Pill', email: `poison.${unique()}@example.com`, phone: null },
    })
    const heal = await failTouchInserts(other.tenantId, 1_000)
    onTestFinished(heal)
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await deliver('leads', [poison], attempt)).explicitAcks).toEqual([])
    }
    expect((await deliver('leads-dlq', [poison], 6)).ackAll).toBe(true)
    const parked = await admin.get('/api/v1/admin/dead-letters?queue=leads-dlq')
    const row = parked.body.data.find((d: any) => d.body?.leadId === poison.leadId)
    expect(row).toBeDefined()
    await heal()
    const replay = await admin.post(`/api/v1/admin/dead-letters/${row.id}/replay`, {})
    expect(replay.status, JSON.stringify(replay.body)).toBe(200)
    await vi.waitFor(
      async () =>
        expect((await leadsOf(other.tenantId)).map((lead: any) => lead.id)).toEqual([poison.leadId]),
      { timeout: 10_000, interval: 100 },
    )
  })
})
