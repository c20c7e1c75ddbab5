import { env } from 'cloudflare:test'
import { describe, expect, it, vi } from 'vitest'
import { MAX_ATTEMPTS, retryDelaySeconds } from '../../../worker/modules/webhooks/jobs/deliver-webhooks.ts'
import { waitForEmail } from '../../helpers/mail.ts'
import { call, createTestTenant } from '../../helpers/tenant.ts'
import {
  consume,
  newReceiver,
  receiverUrl,
  recordDelivery,
  requestsOf,
  respond,
  subscribe,
  verifyStandardWebhook,
} from './webhook-fixtures.ts'

const deliveryOf = async (
  t: { get: (p: string) => Promise<{ body: any }> },
  endpointId: string,
  id: string,
) => (await t.get(`/api/v1/webhooks/${endpointId}/deliveries/${id}`)).body

describe('webhook deliveries', () => {
  it('POSTs the event signed the Standard Webhooks way, which a receiver can verify', async () => {
    const t = await createTestTenant()
    const name = newReceiver()
    const { endpoint, secret } = await subscribe(t, name)
    const { id, event } = await recordDelivery(t, endpoint.id)
    const result = await consume(t.tenantId, id)
    expect(result.explicitAcks).toHaveLength(1)
    const [request] = await requestsOf(name)
    expect(request).toBeDefined()
    expect(request!.method).toBe('POST')
    expect(request!.headers).toMatchObject({
      'content-type': 'application/json',
      'user-agent': 'Vitrine-Webhooks/1',
      'webhook-id': event.id,
      'x-vitrine-event': 'lead.created',
    })
    expect(request!.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/)
    expect(JSON.parse(request!.body)).toEqual(event)
    expect(await verifyStandardWebhook(secret, request!)).toBe(true)
    // A tampered body, another id or another secret does not verify.
    expect(
      await verifyStandardWebhook(secret, { ...request!, body: request!.body.replace('Asha', 'Eve') }),
    ).toBe(false)
    expect(
      await verifyStandardWebhook(secret, {
        ...request!,
        headers: { ...request!.headers, 'webhook-id': 'evt_other' },
      }),
    ).toBe(false)
    const rotated = (await t.post(`/api/v1/webhooks/${endpoint.id}/rotate-secret`, {})).body.secret
    expect(await verifyStandardWebhook(rotated, request!)).toBe(false)

    expect(await deliveryOf(t, endpoint.id, id)).toMatchObject({
      status: 'succeeded',
      attempts: 1,
      responseStatus: 200,
      responseExcerpt: '{"ok":true}',
      deliveredAt: expect.any(String),
    })
  })

  it('retries with backoff: 500, 500, then 200 is delivered on the third attempt', async () => {
    const t = await createTestTenant()
    const name = newReceiver()
    const { endpoint } = await subscribe(t, name)
    const { id } = await recordDelivery(t, endpoint.id)
    await respond(name, { status: 500, times: 2 })

    const first = await consume(t.tenantId, id, 1)
    expect(first.retryMessages).toHaveLength(1)
    expect(first.retryDelays).toEqual([30])
    const retrying = await deliveryOf(t, endpoint.id, id)
    expect(retrying).toMatchObject({
      status: 'retrying',
      attempts: 1,
      responseStatus: 500,
      responseExcerpt: '{"ok":false}',
    })
    expect(Date.parse(retrying.nextAttemptAt) - Date.parse(retrying.lastAttemptAt)).toBe(30_000)
    const second = await consume(t.tenantId, id, 2)
    expect(second.retryMessages).toHaveLength(1)
    expect(second.retryDelays).toEqual([120])
    const third = await consume(t.tenantId, id, 3)
    expect(third.explicitAcks).toHaveLength(1)
    expect(third.retryMessages).toHaveLength(0)
    expect(await deliveryOf(t, endpoint.id, id)).toMatchObject({
      status: 'succeeded',
      attempts: 3,
      responseStatus: 200,
      nextAttemptAt: null,
    })
    const requests = await requestsOf(name)
    expect(requests).toHaveLength(3)
    // Every attempt carries the same event id, so receivers can de-duplicate.
    expect(new Set(requests.map((r) => r.headers['webhook-id'])).size).toBe(1)
    // A copy of the message arriving after success sends nothing more.
    expect((await consume(t.tenantId, id, 1)).explicitAcks).toHaveLength(1)
    expect(await requestsOf(name)).toHaveLength(3)
  })

  it('backs off 30 s, 2 min, 10 min, 1 h, then 6 h at most', () => {
    expect([1, 2, 3, 4, 5, 9, 10].map(retryDelaySeconds)).toEqual([30, 120, 600, 3600, 21600, 21600, 21600])
  })

  it('treats a redirect as a failure and does not follow it', async () => {
    const t = await createTestTenant()
    const name = newReceiver()
    const elsewhere = newReceiver()
    const { endpoint } = await subscribe(t, name)
    const { id } = await recordDelivery(t, endpoint.id)
    await respond(name, { status: 307, location: receiverUrl(elsewhere) })
    const result = await consume(t.tenantId, id)
    expect(result.retryMessages).toHaveLength(1)
    expect(await requestsOf(elsewhere)).toHaveLength(0)
    const delivery = await deliveryOf(t, endpoint.id, id)
    expect(delivery).toMatchObject({ status: 'retrying', responseStatus: 307 })
    expect(delivery.responseExcerpt).toContain('do not follow redirects')
  })

  it('fails for good on the last attempt, and turns the endpoint off after 5 in a row, telling the owners', async () => {
    const t = await createTestTenant()
    const name = newReceiver()
    const { endpoint } = await subscribe(t, name)
    await respond(name, { status: 503, times: 100 })
    for (let i = 1; i <= 5; i++) {
      const { id } = await recordDelivery(t, endpoint.id)
      const result = await consume(t.tenantId, id, MAX_ATTEMPTS)
      expect(result.explicitAcks).toHaveLength(1)
      expect(result.retryMessages).toHaveLength(0)
      expect(await deliveryOf(t, endpoint.id, id)).toMatchObject({ status: 'failed', responseStatus: 503 })
      const now = (await t.get(`/api/v1/webhooks/${endpoint.id}`)).body
      expect(now).toMatchObject({ consecutiveFailures: i, status: i < 5 ? 'active' : 'disabled' })
    }
    const disabled = (await t.get(`/api/v1/webhooks/${endpoint.id}`)).body
    expect(disabled.disabledReason).toBe('5 deliveries in a row failed after every retry')
    const mail = await waitForEmail(t.email, /webhook endpoint was turned off/)
    expect(mail.text).toContain(receiverUrl(name))
    expect(mail.text).toContain(`/app/webhooks/${endpoint.id}`)

    // While off, a waiting delivery is not sent and does not count.
    const { id: waiting } = await recordDelivery(t, endpoint.id)
    const before = (await requestsOf(name)).length
    expect((await consume(t.tenantId, waiting, 2)).explicitAcks).toHaveLength(1)
    expect(await requestsOf(name)).toHaveLength(before)
    expect(await deliveryOf(t, endpoint.id, waiting)).toMatchObject({
      status: 'failed',
      responseExcerpt: 'Not sent: the endpoint is disabled',
    })
    const audit = (await t.get('/api/v1/audit-events?limit=5')).body.data
    expect(audit[0]).toMatchObject({ action: 'webhook.auto_disabled', actor: { type: 'system' } })

    // Re-enabling forgets the streak.
    const enabled = await t.post(`/api/v1/webhooks/${endpoint.id}/enable`, {})
    expect(enabled.body).toMatchObject({ status: 'active', consecutiveFailures: 0, disabledAt: null })
  })

  it('turns off an endpoint whose delivery fails for good after 24 hours without any success', async () => {
    const t = await createTestTenant()
    const name = newReceiver()
    const { endpoint } = await subscribe(t, name)
    const twoDaysAgo = Date.now() - 48 * 3600_000
    await env.DB.prepare('update webhook_endpoints set created_at = ? where id = ?')
      .bind(twoDaysAgo, endpoint.id)
      .run()
    await respond(name, { status: 502 })
    await consume(t.tenantId, (await recordDelivery(t, endpoint.id)).id, MAX_ATTEMPTS)
    expect((await t.get(`/api/v1/webhooks/${endpoint.id}`)).body).toMatchObject({
      status: 'disabled',
      consecutiveFailures: 1,
      disabledReason: 'A delivery failed after every retry and nothing has been accepted for over 24 hours',
    })
  })

  it('retries a malformed message towards the dead-letter queue instead of dropping it', async () => {
    const batch = await consume('ten_x', '', 1)
    expect(batch.explicitAcks).toHaveLength(0)
    expect(batch.retryMessages).toHaveLength(1)
  })

  it('a success resets the failure streak', async () => {
    const t = await createTestTenant()
    const name = newReceiver()
    const { endpoint } = await subscribe(t, name)
    await respond(name, { status: 500 })
    await consume(t.tenantId, (await recordDelivery(t, endpoint.id)).id, MAX_ATTEMPTS)
    expect((await t.get(`/api/v1/webhooks/${endpoint.id}`)).body.consecutiveFailures).toBe(1)
    await consume(t.tenantId, (await recordDelivery(t, endpoint.id)).id)
    expect((await t.get(`/api/v1/webhooks/${endpoint.id}`)).body.consecutiveFailures).toBe(0)
  })

  it('re-checks the address before sending: a private one saved behind our back is not requested', async () => {
    const t = await createTestTenant()
    const { endpoint } = await subscribe(t, newReceiver())
    await env.DB.prepare('update webhook_endpoints set url = ? where id = ?')
      .bind('http://10.1.2.3/internal', endpoint.id)
      .run()
    const { id } = await recordDelivery(t, endpoint.id)
    const result = await consume(t.tenantId, id)
    expect(result.explicitAcks).toHaveLength(1)
    const delivery = await deliveryOf(t, endpoint.id, id)
    expect(delivery).toMatchObject({ status: 'failed', responseStatus: null })
    expect(delivery.responseExcerpt).toMatch(/^Not sent: The address points at a private/)
  })

  it('replays a delivery: the same payload and event id, sent again through the queue', async () => {
    const t = await createTestTenant()
    const name = newReceiver()
    const { endpoint, secret } = await subscribe(t, name)
    await respond(name, { status: 500 })
    const { id, event } = await recordDelivery(t, endpoint.id)
    await consume(t.tenantId, id, MAX_ATTEMPTS)
    expect(await deliveryOf(t, endpoint.id, id)).toMatchObject({ status: 'failed', attempts: 1 })

    const replayed = await t.post(`/api/v1/webhooks/${endpoint.id}/deliveries/${id}/replay`, {})
    expect(replayed.status).toBe(202)
    expect(replayed.body).toMatchObject({ id, status: 'pending' })
    // A replay of a delivery that is still under way is refused.
    const again = await t.post(`/api/v1/webhooks/${endpoint.id}/deliveries/${id}/replay`, {})
    expect(again.status).toBe(409)
    // The real `webhooks` queue delivers it.
    await vi.waitFor(async () => expect((await deliveryOf(t, endpoint.id, id)).status).toBe('succeeded'), {
      timeout: 15_000,
      interval: 200,
    })
    const requests = await requestsOf(name)
    expect(requests).toHaveLength(2)
    expect(requests[1]!.body).toBe(requests[0]!.body)
    expect(requests[1]!.headers['webhook-id']).toBe(event.id)
    expect(await verifyStandardWebhook(secret, requests[1]!)).toBe(true)

    await call(`/api/v1/webhooks/${endpoint.id}`, {
      method: 'PATCH',
      token: t.token,
      body: JSON.stringify({ status: 'disabled' }),
    })
    const refused = await t.post(`/api/v1/webhooks/${endpoint.id}/deliveries/${id}/replay`, {})
    expect(refused.status).toBe(409)
  })

  it('sends a test event at once and says how the receiver answered', async () => {
    const t = await createTestTenant()
    const name = newReceiver()
    const { endpoint, secret } = await subscribe(t, name)
    const ok = await t.post(`/api/v1/webhooks/${endpoint.id}/test`, {})
    expect(ok.status).toBe(200)
    expect(ok.body).toMatchObject({
      status: 'succeeded',
      test: true,
      eventType: 'lead.created',
      responseStatus: 200,
    })
    const [request] = await requestsOf(name)
    expect(JSON.parse(request!.body)).toMatchObject({
      type: 'lead.created',
      test: true,
      tenantId: t.tenantId,
    })
    expect(await verifyStandardWebhook(secret, request!)).toBe(true)

    await respond(name, { status: 418, body: 'I am a teapot' })
    const failed = await t.post(`/api/v1/webhooks/${endpoint.id}/test`, {})
    expect(failed.body).toMatchObject({
      status: 'failed',
      responseStatus: 418,
      responseExcerpt: 'I am a teapot',
    })
    // Tests never count against the endpoint.
    expect((await t.get(`/api/v1/webhooks/${endpoint.id}`)).body.consecutiveFailures).toBe(0)
  })
})
