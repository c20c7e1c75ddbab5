import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { retryDelaySeconds } from '../../../worker/modules/leads/jobs/store-leads.ts'
import { deliver, leadMessage, testContact } from '../../helpers/queue.ts'
import { createTestTenant, type TestTenant } from '../../helpers/tenant.ts'

const messageFor = (t: TestTenant, name = 'Queue Person') => leadMessage(t, { contact: testContact(name) })

describe('leads consumer', () => {
  it('acknowledges a message once its lead is stored', async () => {
    const t = await createTestTenant()
    const message = messageFor(t)
    const result = await deliver('leads', [message])
    expect(result.explicitAcks).toHaveLength(1)
    expect(result.retryMessages).toHaveLength(0)
    const leads = (await t.get('/api/v1/leads')).body.data
    expect(leads).toEqual([expect.objectContaining({ id: message.leadId, name: 'Queue Person' })])
  })

  it('stores a redelivered message once', async () => {
    const t = await createTestTenant()
    const message = messageFor(t)
    await deliver('leads', [message])
    const again = await deliver('leads', [message], 2)
    expect(again.explicitAcks).toHaveLength(1)
    expect((await t.get('/api/v1/leads')).body.data).toHaveLength(1)
  })

  it('merges a second arrival with the same email into the open lead', async () => {
    const t = await createTestTenant()
    const first = messageFor(t, 'Same Person')
    const second = { ...messageFor(t, 'Same Person'), contact: first.contact }
    await deliver('leads', [first, second])
    const leads = (await t.get('/api/v1/leads')).body.data
    expect(leads).toEqual([expect.objectContaining({ touchCount: 2 })])
  })

  it('retries with backoff, and acknowledges nothing, while Postgres is down', async () => {
    const t = await createTestTenant()
    const down = {
      ...env,
      HYPERDRIVE: { ...env.HYPERDRIVE, connectionString: 'postgres://nobody:x@127.0.0.1:1/none' },
    }
    const result = await deliver('leads', [messageFor(t)], 3, down as Env)
    expect(result.explicitAcks).toHaveLength(0)
    expect(result.retryMessages).toHaveLength(1)
    expect((await t.get('/api/v1/leads')).body.data).toHaveLength(0)
  })

  it('retries a malformed message towards the dead-letter queue instead of dropping it', async () => {
    const result = await deliver('leads', [{ kind: 'lead.submitted', tenantId: 'x' }])
    expect(result.explicitAcks).toHaveLength(0)
    expect(result.retryMessages).toHaveLength(1)
  })
})

describe('retry backoff', () => {
  it('doubles per attempt and is capped at five minutes', () => {
    expect([1, 2, 3, 4].map(retryDelaySeconds)).toEqual([2, 4, 8, 16])
    expect(retryDelaySeconds(20)).toBe(300)
  })
})

describe('dead letters', () => {
  it('parks exhausted messages in D1 with their body', async () => {
    const t = await createTestTenant()
    const message = messageFor(t)
    const result = await deliver('leads-dlq', [message], 6)
    expect(result.ackAll).toBe(true)
    const row = await env.DB.prepare(
      'select id, queue, tenant_id, attempts, body from dead_letters where tenant_id = ?',
    )
      .bind(t.tenantId)
      .first<{ id: string; queue: string; attempts: number; body: string }>()
    expect(row).toMatchObject({ queue: 'leads-dlq', attempts: 6 })
    expect(JSON.parse(row!.body)).toEqual(message)
  })

  it('keeps the queue name of staging and production environments apart', async () => {
    const result = await deliver('staging-leads-dlq', [{ anything: true }])
    expect(result.ackAll).toBe(true)
  })
})
