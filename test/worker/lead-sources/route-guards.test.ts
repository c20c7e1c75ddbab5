// Every lead-source route refuses the anonymous (401), members without lead_sources.manage on
// the routes that change sources or read their delivery log (403: managers, agents, viewers) and
// a malformed body or query (400 naming the field); other tenants' ids are the isolation suite's.
import { describe, expect, it } from 'vitest'
import { expectEachFieldNamed, expectEachRefused, type GuardedRoute } from '../../helpers/route-guards.ts'
import { createTestTenant } from '../../helpers/tenant.ts'

const sourceId = 'lsrc_01JD3Q9W2Z8K5V7M4N6P0R1S2T'
const branchId = 'bra_01JD3Q9W2Z8K5V7M4N6P0R1S2T'

/** Owners and admins only: lead_sources.manage. */
const MANAGING: GuardedRoute[] = [
  ['POST', '/api/v1/lead-sources', { kind: 'webhook', name: 'Zapier', branchId }],
  ['PATCH', `/api/v1/lead-sources/${sourceId}`, { name: 'Zapier' }],
  ['DELETE', `/api/v1/lead-sources/${sourceId}`],
  ['POST', `/api/v1/lead-sources/${sourceId}/rotate-secret`],
  ['GET', `/api/v1/lead-sources/${sourceId}/deliveries`],
]

const ROUTES: GuardedRoute[] = [
  ['GET', '/api/v1/lead-sources'],
  ['GET', `/api/v1/lead-sources/${sourceId}`],
  ...MANAGING,
]

describe('lead source route guards', () => {
  it('answers 401 problem+json to a request without credentials, on every route', async () => {
    await expectEachRefused(ROUTES, 401)
  })

  it('answers 403 to managers, agents and viewers on every managing route, and connects nothing', async () => {
    for (const role of ['manager', 'agent', 'viewer'] as const) {
      const t = await createTestTenant({ role })
      const own: GuardedRoute[] = MANAGING.map(([m, p, b]) =>
        b && typeof b === 'object' && 'branchId' in b ? [m, p, { ...b, branchId: t.branchId }] : [m, p, b],
      )
      await expectEachRefused(own, 403, t.token)
      const list = await t.get('/api/v1/lead-sources')
      expect(list.status, role).toBe(200)
      expect(list.body.data, role).toEqual([])
    }
  })

  it('answers 400 problem+json naming the field for a malformed body or query', async () => {
    const t = await createTestTenant()
    await expectEachFieldNamed(
      [
        [
          'POST',
          '/api/v1/lead-sources',
          { kind: 'carrier_pigeon', name: 'Coo', branchId: t.branchId },
          'kind',
        ],
        ['POST', '/api/v1/lead-sources', { kind: 'webhook', name: '', branchId: t.branchId }, 'name'],
        ['POST', '/api/v1/lead-sources', { kind: 'webhook', name: 'Zapier' }, 'branchId'],
        ['PATCH', `/api/v1/lead-sources/${sourceId}`, { status: 'off' }, 'status'],
        ['GET', `/api/v1/lead-sources/${sourceId}/deliveries?limit=0`, undefined, 'limit'],
      ],
      t.token,
    )
    expect((await t.get('/api/v1/lead-sources')).body.data).toEqual([])
  })
})
