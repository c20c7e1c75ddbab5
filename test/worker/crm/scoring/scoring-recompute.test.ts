import { env } from 'cloudflare:test'
import { describe, expect, it, vi } from 'vitest'
import { newId } from '../../../../worker/lib/ids.ts'
import { contacts } from '../../../../worker/modules/crm/index.ts'
import { asTenant } from '../../../helpers/pg-direct.ts'
import { deliver, leadMessage } from '../../../helpers/queue.ts'
import { createTestTenant, type TestTenant } from '../../../helpers/tenant.ts'
import {
  daysAgo,
  defineField,
  linkPrimaryCompany,
  scoresOf,
  seedActivity,
  seedContact,
  seedLead,
} from './scoring-fixtures.ts'

async function addRules(t: TestTenant, rules: Record<string, unknown>[]) {
  const ids: Record<string, string> = {}
  for (const rule of rules) {
    const res = await t.post('/api/v1/scoring/rules', rule)
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    ids[res.body.label] = res.body.id
  }
  return ids
}

const RULES = [
  { label: 'Site', points: 15, condition: { kind: 'source', sources: ['microsite_form'] } },
  {
    label: 'Scanned',
    points: 15,
    condition: { kind: 'engagement', signal: 'qr_scans', min: 1, withinDays: 30 },
  },
  { label: 'Called', points: 10, condition: { kind: 'engagement', signal: 'calls', min: 1 } },
  {
    label: 'Returning',
    points: 5,
    condition: { kind: 'engagement', signal: 'touches', min: 3, withinDays: 30 },
  },
  {
    label: 'Budget',
    points: 10,
    condition: { kind: 'fit', condition: { field: 'custom.budget', op: 'gte', value: 1000 } },
  },
  {
    label: 'Large',
    points: 20,
    condition: { kind: 'fit', condition: { field: 'company.employees', op: 'gt', value: 100 } },
  },
  {
    label: 'Spam',
    points: -30,
    condition: { kind: 'fit', condition: { field: 'email', op: 'contains', value: 'mailinator' } },
  },
  { label: 'Recent', points: 20, condition: { kind: 'recency', halfLifeDays: 14 } },
]

describe('recomputing scores through the crm consumer', () => {
  it('scores every contact from its facts, with one reason per rule that counted', async () => {
    const t = await createTestTenant()
    await defineField(t, 'contact', 'budget', 'number')
    await defineField(t, 'company', 'tier', 'text')
    const ids = await addRules(t, RULES)
    const hot = await seedContact(t, { source: 'microsite_form', customFields: { budget: 5000 } })
    await seedLead(t, hot, [{ at: daysAgo(5) }, { at: daysAgo(3), visit: true }, { at: daysAgo(1) }])
    await seedActivity(t, hot, { type: 'call' })
    // A planned call not yet made is not engagement.
    await seedActivity(t, hot, { type: 'call', dueAt: new Date(Date.now() + 86_400_000) })
    await linkPrimaryCompany(t, hot, { employees: 250 })
    const spam = await seedContact(t, {
      source: 'import',
      email: 'x@mailinator.com',
      customFields: { budget: 10 },
    })
    // A scan older than the rule's window, and a planned call: neither counts.
    const cold = await seedContact(t, { source: 'facebook', createdAt: daysAgo(60) })
    await seedLead(t, cold, [{ at: daysAgo(40), visit: true }])
    await seedActivity(t, cold, { type: 'call', dueAt: daysAgo(1) })
    // Everyone's last activity two half-lives ago: the recency rule gives a quarter of its points.
    await asTenant(t.tenantId, (tx) => tx.update(contacts).set({ lastActivityAt: daysAgo(28) }))

    const result = await deliver('crm', [{ type: 'crm.score', tenantId: t.tenantId }])
    expect(result.explicitAcks).toHaveLength(1)
    const scores = await scoresOf(t.tenantId)
    expect(scores.get(hot)?.score).toBe(80)
    expect(scores.get(hot)?.score_reasons).toEqual([
      { ruleId: ids.Site, label: 'Site', points: 15 },
      { ruleId: ids.Scanned, label: 'Scanned', points: 15 },
      { ruleId: ids.Called, label: 'Called', points: 10 },
      { ruleId: ids.Returning, label: 'Returning', points: 5 },
      { ruleId: ids.Budget, label: 'Budget', points: 10 },
      { ruleId: ids.Large, label: 'Large', points: 20 },
      { ruleId: ids.Recent, label: 'Recent', points: 5 },
    ])
    expect(scores.get(spam)).toMatchObject({
      score: 0,
      score_reasons: [
        { ruleId: ids.Spam, label: 'Spam', points: -30 },
        { ruleId: ids.Recent, label: 'Recent', points: 5 },
      ],
    })
    expect(scores.get(cold)).toMatchObject({ score: 5, score_reasons: [{ ruleId: ids.Recent, points: 5 }] })

    // Nothing changed: nothing is written again.
    const before = scores.get(hot)?.scored_at
    expect(
      (await deliver('crm', [{ type: 'crm.score', tenantId: t.tenantId, contactIds: [hot] }])).explicitAcks,
    ).toHaveLength(1)
    expect((await scoresOf(t.tenantId)).get(hot)?.scored_at).toEqual(before)

    // The contact's own score, explained now and as stored.
    const explained = await t.get(`/api/v1/contacts/${hot}/score?explain=true`)
    expect(explained.body).toMatchObject({ contactId: hot, score: 80, explained: true })
    expect(explained.body.reasons).toHaveLength(7)
    const stored = await t.get(`/api/v1/contacts/${cold}/score`)
    expect(stored.body).toMatchObject({ score: 5, explained: false })
    const other = await createTestTenant()
    expect((await other.get(`/api/v1/contacts/${hot}/score`)).status).toBe(404)
  })

  it('pages through every contact when asked from the dashboard, reporting progress', async () => {
    const t = await createTestTenant()
    await addRules(t, [RULES[0]!])
    const values = Array.from({ length: 501 }, (_, i) => ({
      id: newId('contact'),
      tenantId: t.tenantId,
      name: `Bulk ${i}`,
      source: i % 2 === 0 ? 'microsite_form' : 'import',
    }))
    await asTenant(t.tenantId, (tx) => tx.insert(contacts).values(values))
    const started = await t.post('/api/v1/scoring/recompute', {})
    expect(started.status).toBe(202)
    expect(started.body).toMatchObject({ state: 'queued', total: 501, processed: 0 })
    const done = await vi.waitFor(
      async () => {
        const status = await t.get('/api/v1/scoring/recompute')
        expect(status.body).toMatchObject({ state: 'done', processed: 501, total: 501 })
        return status.body
      },
      { timeout: 20_000, interval: 250 },
    )
    expect(done.finishedAt).not.toBeNull()
    const scores = await scoresOf(t.tenantId)
    expect([...scores.values()].filter((s) => s.score === 15)).toHaveLength(251)
    expect([...scores.values()].every((s) => s.scored_at !== null)).toBe(true)
  })

  it('is queued daily for tenants with enabled rules', async () => {
    const t = await createTestTenant()
    await addRules(t, [RULES[7]!])
    const contactId = await seedContact(t)
    const { createExecutionContext, createScheduledController, waitOnExecutionContext } = await import(
      'cloudflare:test'
    )
    const worker = (await import('../../../../worker/index.ts')).default
    const ctx = createExecutionContext()
    await worker.scheduled(createScheduledController({ cron: '17 3 * * *' }), env as never, ctx)
    await waitOnExecutionContext(ctx)
    await vi.waitFor(async () => expect((await scoresOf(t.tenantId)).get(contactId)?.score).toBe(20), {
      timeout: 20_000,
      interval: 250,
    })
  })
})

describe('after a new lead', () => {
  it("recomputes the lead's contact, even when the first hand-off fails", async () => {
    const t = await createTestTenant()
    await addRules(t, [RULES[0]!])
    const message = leadMessage(t)
    const down = {
      ...env,
      CRM_QUEUE: {
        send: () => Promise.reject(new Error('queue down')),
        sendBatch: () => Promise.reject(new Error('queue down')),
      },
    }
    const failed = await deliver('leads', [message], 1, down as unknown as Env)
    expect(failed.retryMessages).toHaveLength(1)
    const afterFailure = await scoresOf(t.tenantId)
    // The lead and its contact are stored; only the follow-up work waits for the retry.
    expect(afterFailure.size).toBe(1)
    const [contactId] = [...afterFailure.keys()]

    const retried = await deliver('leads', [message], 2)
    expect(retried.explicitAcks).toHaveLength(1)
    await vi.waitFor(async () => expect((await scoresOf(t.tenantId)).get(contactId!)?.score).toBe(15), {
      timeout: 20_000,
      interval: 250,
    })
  })
})
