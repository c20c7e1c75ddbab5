// Queue messages for Worker tests: a lead as a source would queue it, and a batch handed straight
// to the Worker's queue() handler the way Cloudflare Queues would hand it.
import { createExecutionContext, createMessageBatch, env, getQueueResult } from 'cloudflare:test'
import { vi } from 'vitest'
import worker from '../../worker/index.ts'
import { newId } from '../../worker/lib/ids.ts'
import type { LeadMessage } from '../../worker/modules/leads/lead-message.ts'

/** Where a lead lands: a test tenant (or one of its branches with its site). */
export interface LeadTargetIds {
  tenantId: string
  brandId: string
  branchId: string
  siteId: string
}

/** A contact with a unique e-mail, so two messages do not merge unless a test says so. */
export const testContact = (name = 'Queue Person') => ({
  name,
  email: `${crypto.randomUUID().slice(0, 8)}@example.com`,
  phone: null,
})

/** A lead message as a microsite form would queue it, for this tenant's branch. */
export function leadMessage(t: LeadTargetIds, overrides: Partial<LeadMessage> = {}): LeadMessage {
  return {
    kind: 'lead.submitted',
    leadId: newId('lead'),
    tenantId: t.tenantId,
    brandId: t.brandId,
    branchId: t.branchId,
    siteId: t.siteId,
    idempotencyKey: `k:${crypto.randomUUID()}`,
    submittedAt: new Date().toISOString(),
    source: 'microsite_form',
    contact: testContact(),
    message: 'From the queue',
    ...overrides,
  }
}

/**
 * Hands a batch straight to the Worker's queue handler, as the queue would (each message on its
 * `attempts`-th delivery), and says what it did; `delays` are the backoffs asked for with each
 * retry (the queue result leaves them out).
 */
export async function deliver(queue: string, bodies: unknown[], attempts = 1, bindings: Env = env) {
  const batch = createMessageBatch(
    queue,
    bodies.map((body, i) => ({
      id: `msg-${crypto.randomUUID()}-${i}`,
      timestamp: new Date(),
      attempts,
      body,
    })),
  )
  const delays: (number | undefined)[] = []
  for (const message of batch.messages) {
    const retry = message.retry.bind(message)
    vi.spyOn(message, 'retry').mockImplementation((options) => {
      delays.push(options?.delaySeconds)
      retry(options)
    })
  }
  const ctx = createExecutionContext()
  await worker.queue(batch, bindings as never, ctx)
  return { ...(await getQueueResult(batch, ctx)), delays }
}
