import { env } from 'cloudflare:test'
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import { retryDelaySeconds } from '../../../worker/modules/leads/jobs/store-leads.ts'
import { deliver, leadMessage } from '../../helpers/queue.ts'
import { createTestTenant } from '../../helpers/tenant.ts'
import { contactsOf, failTouchInserts, leadsOf, touchesOf } from './pipeline-helpers.ts'

const MAX_RETRIES = 5

async function createAdmin() {
  const admin = await createTestTenant()
  await env.DB.prepare("update users set platform_role = 'super_admin' where id = ?").bind(admin.userId).run()
  return admin
}

describe('a CRM write that fails', () => {
  it('retries with backoff, acknowledging nothing, then stores the lead exactly once', async () => {
    const t = await createTestTenant()
    const failures = 3
    onTestFinished(await failTouchInserts(t.tenantId, failures))
    const message = leadMessage(t)

    for (let attempt = 1; attempt <= failures; attempt++) {
      const result = await deliver('leads', [message], attempt)
      expect(result.explicitAcks).toEqual([])
      expect(result.retryMessages).toHaveLength(1)
      expect(result.delays).toEqual([retryDelaySeconds(attempt)])
      expect(await leadsOf(t.tenantId)).toEqual([])
    }
    expect(await contactsOf(t.tenantId)).toEqual([])

    const result = await deliver('leads', [message], failures + 1)
    expect(result.explicitAcks).toHaveLength(1)
    expect(result.retryMessages).toEqual([])
    expect(await leadsOf(t.tenantId)).toEqual([
      expect.objectContaining({ id: message.leadId, touch_count: 1 }),
    ])
    expect(await touchesOf(t.tenantId)).toHaveLength(1)
    expect(await contactsOf(t.tenantId)).toHaveLength(1)

    // A late redelivery of the same message changes nothing.
    expect((await deliver('leads', [message], failures + 2)).explicitAcks).toHaveLength(1)
    expect(await leadsOf(t.tenantId)).toHaveLength(1)
  })

  it('waits while Postgres is unreachable, acknowledging nothing', async () => {
    const t = await createTestTenant()
    const down = {
      ...env,
      HYPERDRIVE: { ...env.HYPERDRIVE, connectionString: 'postgres://nobody:x@127.0.0.1:1/none' },
    }
    const result = await deliver('leads', [leadMessage(t)], 3, down as Env)
    expect(result.explicitAcks).toEqual([])
    expect(result.retryMessages).toHaveLength(1)
    expect(result.delays).toEqual([8])
    expect(await leadsOf(t.tenantId)).toEqual([])
  })
})

describe('a poison message', () => {
  it('is retried into leads-dlq, parked, and replayed by an admin onto the leads queue', async () => {
    const t = await createTestTenant()
    const admin = await createAdmin()
    // Fails every time until someone fixes the cause: here, until the trigger is dropped.
    const heal = await failTouchInserts(t.tenantId, 1_000)
    onTestFinished(heal)
    const message = leadMessage(t)

    for (let attempt = 1; attempt <= MAX_RETRIES; attempt++) {
      const result = await deliver('leads', [message], attempt)
      expect(result.explicitAcks).toEqual([])
      expect(result.retryMessages).toHaveLength(1)
    }
    // After max_retries the queue hands the message to `leads-dlq`, whose consumer parks it.
    const parked = await deliver('leads-dlq', [message], MAX_RETRIES + 1)
    expect(parked.ackAll).toBe(true)
    const list = await admin.get(`/api/v1/admin/dead-letters?queue=leads-dlq&replayed=false&limit=100`)
    const letter = list.body.data.find((d: { tenantId: string }) => d.tenantId === t.tenantId)
    expect(letter).toMatchObject({
      queue: 'leads-dlq',
      replayQueue: 'leads',
      attempts: MAX_RETRIES + 1,
      body: message,
    })

    await heal()
    const replay = await admin.post(`/api/v1/admin/dead-letters/${letter.id}/replay`, {})
    expect(replay.status).toBe(200)
    // Back on the real `leads` queue: its consumer stores the lead.
    await vi.waitFor(async () => expect(await leadsOf(t.tenantId)).toHaveLength(1), {
      timeout: 10_000,
      interval: 100,
    })
    expect((await leadsOf(t.tenantId))[0]!.id).toBe(message.leadId)
  })

  it('keeps a malformed message: retried, then parked with its body', async () => {
    const admin = await createAdmin()
    const junk = { kind: 'lead.submitted', tenantId: `ten_junk${crypto.randomUUID().slice(0, 6)}` }
    const result = await deliver('leads', [junk], MAX_RETRIES)
    expect(result.explicitAcks).toEqual([])
    expect(result.retryMessages).toHaveLength(1)
    await deliver('leads-dlq', [junk], MAX_RETRIES + 1)
    const list = await admin.get('/api/v1/admin/dead-letters?queue=leads-dlq&limit=100')
    expect(list.body.data).toContainEqual(expect.objectContaining({ tenantId: junk.tenantId, body: junk }))
  })
})
