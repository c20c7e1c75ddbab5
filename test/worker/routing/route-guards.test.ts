// Every routing and availability route refuses the anonymous (401), those without the permission
// (403: managers on the rules, agents on the roster, API keys on a person's own availability) and
// a malformed body (400 naming the field); other tenants' ids are the isolation suite's.
import { describe, expect, it } from 'vitest'
import { apiKeyFor } from '../../helpers/api-key.ts'
import { expectEachFieldNamed, expectEachRefused, type GuardedRoute } from '../../helpers/route-guards.ts'
import { createTestTenant } from '../../helpers/tenant.ts'

const ruleId = 'rrl_01JD3Q9W2Z8K5V7M4N6P0R1S2T'

/** Owners and admins only: routing.manage. */
const RULES: GuardedRoute[] = [
  ['GET', '/api/v1/routing-rules'],
  ['POST', '/api/v1/routing-rules', { name: 'Everyone', action: { type: 'branch_round_robin' } }],
  ['PATCH', `/api/v1/routing-rules/${ruleId}`, { enabled: false }],
  ['DELETE', `/api/v1/routing-rules/${ruleId}`],
  ['PUT', '/api/v1/routing-rules/order', { ruleIds: [ruleId] }],
]

/** A person's own: a signed-in member, never an API key. */
const SELF: GuardedRoute[] = [
  ['GET', '/api/v1/me/availability'],
  ['PUT', '/api/v1/me/availability', { status: 'away' }],
]

/** Who is available: leads.assign (owners, admins, managers). */
const ROSTER: GuardedRoute[] = [['GET', '/api/v1/members/availability']]

describe('routing route guards', () => {
  it('answers 401 problem+json to a request without credentials, on every route', async () => {
    await expectEachRefused([...RULES, ...SELF, ...ROSTER], 401)
  })

  it('answers 403 to a manager on every rules route, and changes nothing', async () => {
    const manager = await createTestTenant({ role: 'manager' })
    await expectEachRefused(RULES, 403, manager.token)
    const owner = await createTestTenant()
    expect((await owner.get('/api/v1/routing-rules')).body.data).toEqual([])
  })

  it('answers 403 to an agent on the roster and to an API key on the self routes', async () => {
    const agent = await createTestTenant({ role: 'agent' })
    await expectEachRefused(ROSTER, 403, agent.token)
    const key = await apiKeyFor(agent, ['leads:write'])
    await expectEachRefused(SELF, 403, key)
    expect((await agent.get('/api/v1/me/availability')).body.status).toBe('available')
  })

  it('answers 400 problem+json naming the field for a malformed body', async () => {
    const t = await createTestTenant()
    await expectEachFieldNamed(
      [
        ['POST', '/api/v1/routing-rules', { name: 'No action' }, 'action'],
        ['POST', '/api/v1/routing-rules', { name: '', action: { type: 'branch_round_robin' } }, 'name'],
        ['POST', '/api/v1/routing-rules', { name: 'Odd', action: { type: 'everyone' } }, 'action'],
        ['PATCH', `/api/v1/routing-rules/${ruleId}`, { enabled: 'yes' }, 'enabled'],
        ['PUT', '/api/v1/routing-rules/order', { ruleIds: ruleId }, 'ruleIds'],
        ['PUT', '/api/v1/me/availability', { status: 'busy' }, 'status'],
        [
          'PUT',
          '/api/v1/me/availability',
          { status: 'away', shifts: { timezone: 'Mars/Olympus', week: {} } },
          'shifts',
        ],
      ],
      t.token,
    )
    expect((await t.get('/api/v1/routing-rules')).body.data).toEqual([])
    expect((await t.get('/api/v1/me/availability')).body.status).toBe('available')
  })
})
