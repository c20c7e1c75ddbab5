// Every outbound-webhook route refuses the anonymous (401), members without webhooks.manage
// (403: managers, agents, viewers) and a malformed body or query (400 naming the field); other
// tenants' ids are the isolation suite's (test/worker/isolation).
import { describe, expect, it } from 'vitest'
import { expectEachFieldNamed, expectEachRefused, type GuardedRoute } from '../../helpers/route-guards.ts'
import { createTestTenant } from '../../helpers/tenant.ts'

const endpointId = 'whe_01JD3Q9W2Z8K5V7M4N6P0R1S2T'
const deliveryId = 'whd_01JD3Q9W2Z8K5V7M4N6P0R1S2T'
const endpoint = `/api/v1/webhooks/${endpointId}`

/** Every route needs webhooks.manage (owners and admins). */
const ROUTES: GuardedRoute[] = [
  ['GET', '/api/v1/webhooks'],
  ['POST', '/api/v1/webhooks', { url: 'https://example.com/hooks/vitrine', events: ['lead.created'] }],
  ['GET', endpoint],
  ['PATCH', endpoint, { description: 'CRM' }],
  ['DELETE', endpoint],
  ['POST', `${endpoint}/enable`],
  ['POST', `${endpoint}/rotate-secret`],
  ['POST', `${endpoint}/test`],
  ['GET', `${endpoint}/deliveries`],
  ['GET', `${endpoint}/deliveries/${deliveryId}`],
  ['POST', `${endpoint}/deliveries/${deliveryId}/replay`],
]

describe('webhook route guards', () => {
  it('answers 401 problem+json to a request without credentials, on every route', async () => {
    await expectEachRefused(ROUTES, 401)
  })

  it('answers 403 to managers, agents and viewers on every route, and adds nothing', async () => {
    for (const role of ['manager', 'agent', 'viewer'] as const) {
      const t = await createTestTenant({ role })
      await expectEachRefused(ROUTES, 403, t.token)
    }
    const owner = await createTestTenant()
    expect((await owner.get('/api/v1/webhooks')).body.data).toEqual([])
  })

  it('answers 400 problem+json naming the field for a malformed body or query', async () => {
    const t = await createTestTenant()
    const url = 'https://example.com/hooks/vitrine'
    await expectEachFieldNamed(
      [
        ['POST', '/api/v1/webhooks', { url: '', events: ['lead.created'] }, 'url'],
        ['POST', '/api/v1/webhooks', { url, events: [] }, 'events'],
        ['POST', '/api/v1/webhooks', { url, events: ['lead.deleted'] }, 'events'],
        ['POST', '/api/v1/webhooks', { url, events: ['lead.created', 'lead.created'] }, 'events'],
        ['PATCH', endpoint, { status: 'paused' }, 'status'],
        ['PATCH', endpoint, { description: 'x'.repeat(201) }, 'description'],
        ['GET', `${endpoint}/deliveries?limit=0`, undefined, 'limit'],
        ['GET', `${endpoint}/deliveries?status=lost`, undefined, 'status'],
      ],
      t.token,
    )
    expect((await t.get('/api/v1/webhooks')).body.data).toEqual([])
  })
})
