// Shared by the webhook tests: a receiver of their own on the outside-APIs fake, an endpoint
// subscribed to it, deliveries fed to the consumer by hand, and a receiver's signature check
// written from the Standard Webhooks spec (not from our signing code).
import { env } from 'cloudflare:test'
import { expect, inject } from 'vitest'
import type { ReceivedRequest } from '../../../scripts/lib/fakes/receiver.ts'
import { d1 } from '../../../worker/lib/d1.ts'
import { newId } from '../../../worker/lib/ids.ts'
import type { WebhookEvent } from '../../../worker/modules/webhooks/index.ts'
import { webhookDeliveries } from '../../../worker/modules/webhooks/webhooks.tables.ts'
import { deliver } from '../../helpers/queue.ts'
import type { TestTenant } from '../../helpers/tenant.ts'

export const newReceiver = () => `r-${crypto.randomUUID().slice(0, 12)}`
export const receiverUrl = (name: string) => `${inject('receiverUrl')}/${name}`

const control = (name: string, action: string) =>
  `${inject('outsideOrigin')}/__fake/receiver/${name}/${action}`

/** The receiver's next `times` answers. */
export async function respond(
  name: string,
  answer: { status: number; times?: number; location?: string; body?: string },
) {
  const res = await fetch(control(name, 'respond'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(answer),
  })
  expect(res.status).toBe(201)
}

export async function requestsOf(name: string): Promise<ReceivedRequest[]> {
  return (await (await fetch(control(name, 'requests'))).json()) as ReceivedRequest[]
}

export async function subscribe(t: TestTenant, name: string, events = ['lead.created']) {
  const res = await t.post('/api/v1/webhooks', { url: receiverUrl(name), events, description: 'CRM' })
  expect(res.status).toBe(201)
  return res.body as { endpoint: { id: string; status: string }; secret: string }
}

/** A delivery recorded as emitWebhookEvent would, without putting it on the real queue. */
export async function recordDelivery(
  t: TestTenant,
  endpointId: string,
  overrides: Partial<WebhookEvent> = {},
  /** When it was recorded: ids sort by millisecond only, so a paging test spaces its rows. */
  at = Date.now(),
) {
  const event: WebhookEvent = {
    id: `evt_${crypto.randomUUID()}`,
    type: 'lead.created',
    tenantId: t.tenantId,
    occurredAt: new Date().toISOString(),
    data: { id: newId('lead'), name: 'Asha Rao', email: 'asha@example.com' },
    ...overrides,
  }
  const id = newId('webhookDelivery', at)
  await d1(env.DB)
    .insert(webhookDeliveries)
    .values({
      id,
      createdAt: new Date(at),
      tenantId: t.tenantId,
      endpointId,
      eventId: event.id,
      eventType: event.type,
      payload: event,
    })
  return { id, event }
}

/**
 * Runs the `webhooks` consumer on one message, as its `attempts`-th delivery. `retryDelays`
 * are the delays the consumer asked for (getQueueResult does not report them).
 */
export async function consume(tenantId: string, deliveryId: string, attempts = 1) {
  const { delays, ...result } = await deliver(
    'webhooks',
    [{ kind: 'webhook.deliver', tenantId, deliveryId }],
    attempts,
  )
  return { ...result, retryDelays: delays }
}

const fromBase64 = (s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0))
const toBase64 = (b: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(b)))

/**
 * A receiver's check, per standardwebhooks.com: key = base64-decoded secret after `whsec_`;
 * expected = base64(HMAC-SHA256(key, "<webhook-id>.<webhook-timestamp>.<raw body>")); any of the
 * space-separated `v1,<sig>` entries must match; the timestamp must be within five minutes.
 */
export async function verifyStandardWebhook(secret: string, request: ReceivedRequest): Promise<boolean> {
  const id = request.headers['webhook-id']
  const timestamp = request.headers['webhook-timestamp']
  const signatures = request.headers['webhook-signature']
  if (!id || !timestamp || !signatures || !secret.startsWith('whsec_')) return false
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false
  const key = await crypto.subtle.importKey(
    'raw',
    fromBase64(secret.slice('whsec_'.length)),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  )
  const expected = toBase64(
    await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`${id}.${timestamp}.${request.body}`)),
  )
  return signatures.split(' ').some((entry) => {
    const [version, signature] = entry.split(',')
    return version === 'v1' && signature === expected
  })
}
