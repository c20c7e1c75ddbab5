import { describe, expect, it, vi } from 'vitest'
import { createTestTenant, submitForm } from '../../helpers/tenant.ts'
import { newReceiver, requestsOf, subscribe, verifyStandardWebhook } from './webhook-fixtures.ts'

describe('webhook events from the lead pipeline', () => {
  it('delivers a lead posted on the microsite to a subscribed receiver as lead.created', async () => {
    const t = await createTestTenant()
    const name = newReceiver()
    const { endpoint, secret } = await subscribe(t, name, ['lead.created'])
    const quiet = newReceiver()
    await subscribe(t, quiet, ['lead.sla_breached'])

    const email = `${crypto.randomUUID().slice(0, 8)}@example.com`
    const res = await submitForm(t.pagePath, { name: 'Webhook Lead', email, message: 'Hello' })
    expect(res.status).toBe(202)

    const request = await vi.waitFor(
      async () => {
        const [first] = await requestsOf(name)
        expect(first).toBeDefined()
        return first!
      },
      { timeout: 20_000, interval: 200 },
    )
    expect(await verifyStandardWebhook(secret, request)).toBe(true)
    const event = JSON.parse(request.body)
    expect(event).toMatchObject({
      type: 'lead.created',
      tenantId: t.tenantId,
      data: { id: res.body.leadId, name: 'Webhook Lead', email, source: 'microsite_form' },
    })
    expect(event.test).toBeUndefined()
    expect(request.headers['webhook-id']).toBe(event.id)

    await vi.waitFor(
      async () => {
        const log = (await t.get(`/api/v1/webhooks/${endpoint.id}/deliveries`)).body.data
        expect(log).toEqual([
          expect.objectContaining({ eventId: event.id, status: 'succeeded', attempts: 1 }),
        ])
      },
      { timeout: 10_000, interval: 200 },
    )
    // An endpoint subscribed to other events hears nothing of it.
    expect(await requestsOf(quiet)).toEqual([])
  })
})
