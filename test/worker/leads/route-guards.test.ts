// Every leads inbox route refuses the anonymous (401), a viewer on the routes that change leads
// (403) and a malformed body or query (400 naming the field); other tenants' ids are the
// isolation suite's (test/worker/isolation).
import { describe, expect, it } from 'vitest'
import { expectEachFieldNamed, expectEachRefused, type GuardedRoute } from '../../helpers/route-guards.ts'
import { createTestTenant } from '../../helpers/tenant.ts'

const leadId = 'lead_01JD3Q9W2Z8K5V7M4N6P0R1S2T'

/** The routes that change leads: leads.write (owners, admins, managers, agents). */
const WRITES: GuardedRoute[] = [
  ['PATCH', `/api/v1/leads/${leadId}`, { status: 'contacted' }],
  ['POST', '/api/v1/leads/bulk', { leadIds: [leadId], set: { status: 'contacted' } }],
]

const ROUTES: GuardedRoute[] = [
  ['GET', '/api/v1/leads'],
  ['GET', `/api/v1/leads/${leadId}`],
  ['GET', '/api/v1/leads/export.csv'],
  ...WRITES,
]

describe('leads inbox route guards', () => {
  it('answers 401 problem+json to a request without credentials, on every route', async () => {
    await expectEachRefused(ROUTES, 401)
  })

  it('answers 403 to a viewer on every route that changes leads', async () => {
    const viewer = await createTestTenant({ role: 'viewer' })
    await expectEachRefused(WRITES, 403, viewer.token)
    expect((await viewer.get('/api/v1/leads')).status).toBe(200)
  })

  it('answers 400 problem+json naming the field for a malformed body or query', async () => {
    const t = await createTestTenant()
    await expectEachFieldNamed(
      [
        ['PATCH', `/api/v1/leads/${leadId}`, { status: 'done' }, 'status'],
        ['PATCH', `/api/v1/leads/${leadId}`, { ownerUserId: 42 }, 'ownerUserId'],
        ['POST', '/api/v1/leads/bulk', { leadIds: [], set: { status: 'won' } }, 'leadIds'],
        ['POST', '/api/v1/leads/bulk', { leadIds: [leadId, leadId], set: { status: 'won' } }, 'leadIds'],
        ['POST', '/api/v1/leads/bulk', { leadIds: [leadId], set: { status: 'maybe' } }, 'set'],
        ['GET', '/api/v1/leads?from=2026-02-31', undefined, 'from'],
        ['GET', '/api/v1/leads?limit=0', undefined, 'limit'],
        ['GET', '/api/v1/leads?from=2026-11-21&to=2026-11-01', undefined, 'to'],
        ['GET', '/api/v1/leads/export.csv?status=nope', undefined, 'status'],
        ['GET', '/api/v1/leads/export.csv?spam=maybe', undefined, 'spam'],
      ],
      t.token,
    )
  })
})
