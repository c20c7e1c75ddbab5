// Every lead-form route refuses the anonymous (401), viewers and agents on the routes that change
// forms (403: forms.manage) and a malformed body or query (400 naming the field); other tenants'
// ids are the isolation suite's (test/worker/isolation).
import { describe, expect, it } from 'vitest'
import { expectEachFieldNamed, expectEachRefused, type GuardedRoute } from '../../helpers/route-guards.ts'
import { createTestTenant } from '../../helpers/tenant.ts'
import { everyFieldForm } from './form-helpers.ts'

const siteId = 'site_01JD3Q9W2Z8K5V7M4N6P0R1S2T'
const formId = 'lfm_01JD3Q9W2Z8K5V7M4N6P0R1S2T'

const WRITES: GuardedRoute[] = [
  ['POST', `/api/v1/sites/${siteId}/forms`, everyFieldForm()],
  ['PATCH', `/api/v1/forms/${formId}`, { name: 'Viewing request' }],
  ['DELETE', `/api/v1/forms/${formId}`],
]

const ROUTES: GuardedRoute[] = [
  ['GET', `/api/v1/sites/${siteId}/forms`],
  ['GET', `/api/v1/forms/${formId}`],
  ...WRITES,
]

describe('lead form route guards', () => {
  it('answers 401 problem+json to a request without credentials, on every route', async () => {
    await expectEachRefused(ROUTES, 401)
  })

  it('answers 403 to viewers and agents on every route that changes forms, and writes nothing', async () => {
    for (const role of ['viewer', 'agent'] as const) {
      const t = await createTestTenant({ role })
      const own: GuardedRoute[] = WRITES.map(([m, p, b]) => [m, p.replace(siteId, t.siteId), b])
      await expectEachRefused(own, 403, t.token)
      const list = await t.get(`/api/v1/sites/${t.siteId}/forms`)
      expect(list.status, role).toBe(200)
      expect(list.body.data, role).toEqual([])
    }
  })

  it('answers 400 problem+json naming the field for a malformed body or query', async () => {
    const t = await createTestTenant()
    await expectEachFieldNamed(
      [
        ['POST', `/api/v1/sites/${t.siteId}/forms`, { ...everyFieldForm(), name: '' }, 'name'],
        ['PATCH', `/api/v1/forms/${formId}`, { name: '' }, 'name'],
        ['PATCH', `/api/v1/forms/${formId}`, { turnstile: 'yes' }, 'turnstile'],
        ['GET', `/api/v1/sites/${t.siteId}/forms?archived=maybe`, undefined, 'archived'],
      ],
      t.token,
    )
    expect((await t.get(`/api/v1/sites/${t.siteId}/forms`)).body.data).toEqual([])
  })
})
