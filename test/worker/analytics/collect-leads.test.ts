import { env } from 'cloudflare:test'
import { sql } from 'drizzle-orm'
import { describe, expect, inject, it } from 'vitest'
import { connectPg } from '../../../worker/lib/pg.ts'
import type { LeadMessage } from '../../../worker/modules/leads/lead-message.ts'
import { deliver, leadMessage, testContact } from '../../helpers/queue.ts'
import { createTestTenant, type TestTenant } from '../../helpers/tenant.ts'
import { HEX32, recordingEvents, visit } from './collect-helpers.ts'

async function touchIdsOf(leadId: string): Promise<string[]> {
  const handle = connectPg(inject('pgAdminUrl'))
  try {
    const { rows } = await handle.db.execute(
      sql`select id from lead_touches where lead_id = ${leadId} order by created_at, id`,
    )
    return rows.map((row) => row.id as string)
  } finally {
    await handle.close()
  }
}

/** Bindings whose `leads` queue keeps the messages a form post sends. */
function recordingLeads(base: Env = env) {
  const sent: LeadMessage[] = []
  const queue = {
    send: async (body: LeadMessage) => {
      sent.push(body)
    },
  }
  return { sent, bindings: { ...base, LEADS_QUEUE: queue } as unknown as Env }
}

const postForm = (bindings: Env, t: TestTenant, fields: Record<string, string>, headers = {}) =>
  visit(bindings, `http://localhost${t.pagePath}/leads`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  })

describe('leads in analytics', () => {
  it("carries the form post's daily visitor hash, the one its page view had", async () => {
    const t = await createTestTenant()
    const events = recordingEvents()
    const leads = recordingLeads(events.bindings)
    await visit(leads.bindings, `http://localhost${t.pagePath}`)
    const res = await postForm(leads.bindings, t, { name: 'Asha', email: 'asha@example.com' })
    expect(res.status).toBe(202)
    const [view] = events.events()
    expect(view!.visitor).toMatch(HEX32)
    expect(leads.sent).toHaveLength(1)
    expect(leads.sent[0]!.visitor).toBe(view!.visitor)

    const private_ = await postForm(
      leads.bindings,
      t,
      { name: 'Ben', email: 'ben@example.com' },
      { 'sec-gpc': '1' },
    )
    expect(private_.status).toBe(202)
    expect(leads.sent[1]!.visitor).toBeNull()
  })

  it('sends one lead event per dispatched touch, with the touch id, and none again on redelivery', async () => {
    const t = await createTestTenant()
    const q = recordingEvents()
    const contact = testContact('Asha Rao')
    const message = leadMessage(t, {
      contact,
      visitor: 'a'.repeat(32),
      qrCode: 'Tab4Code',
      language: 'pt',
      utm: { source: 'instagram', campaign: 'spring' },
    })
    const first = await deliver('leads', [message], 1, q.bindings)
    expect(first.explicitAcks).toHaveLength(1)
    const [touchId] = await touchIdsOf(message.leadId)
    expect(q.events()).toEqual([
      {
        type: 'analytics',
        id: touchId,
        kind: 'lead',
        action: null,
        target: null,
        tenantId: t.tenantId,
        brandId: t.brandId,
        branchId: t.branchId,
        siteId: t.siteId,
        path: null,
        at: Date.parse(message.submittedAt),
        referrerHost: null,
        utm: { source: 'instagram', medium: null, campaign: 'spring', term: null, content: null },
        country: null,
        region: null,
        city: null,
        deviceType: 'other',
        os: null,
        browser: null,
        language: 'pt',
        visitor: 'a'.repeat(32),
        excluded: null,
        qrCode: 'Tab4Code',
        leadId: message.leadId,
        unverified: false,
      },
    ])

    // The same message again: the touch was dispatched, nothing more is counted.
    await deliver('leads', [message], 2, q.bindings)
    expect(q.events()).toHaveLength(1)

    // A second arrival of the same person merges into the lead: its own touch, the same lead id.
    const again = leadMessage(t, { contact, visitor: null })
    await deliver('leads', [again], 1, q.bindings)
    const touches = await touchIdsOf(message.leadId)
    expect(touches).toHaveLength(2)
    expect(q.events()).toHaveLength(2)
    expect(q.events()[1]).toMatchObject({ id: touches[1], leadId: message.leadId, visitor: null })
  })

  it('sends nothing for spam', async () => {
    const t = await createTestTenant()
    const q = recordingEvents()
    const spam = leadMessage(t, { spam: { score: 90, reasons: ['honeypot'] } })
    const result = await deliver('leads', [spam], 1, q.bindings)
    expect(result.explicitAcks).toHaveLength(1)
    expect(q.events()).toHaveLength(0)
  })

  it('retries the touch when the events queue fails, and counts it once it works', async () => {
    const t = await createTestTenant()
    const message = leadMessage(t)
    const down = recordingEvents({ failing: true })
    const failed = await deliver('leads', [message], 1, down.bindings)
    expect(failed.retryMessages).toHaveLength(1)
    const q = recordingEvents()
    const retried = await deliver('leads', [message], 2, q.bindings)
    expect(retried.explicitAcks).toHaveLength(1)
    const [touchId] = await touchIdsOf(message.leadId)
    expect(q.events()).toEqual([expect.objectContaining({ kind: 'lead', id: touchId })])
  })
})
