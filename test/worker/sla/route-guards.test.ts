// The SLA routes refuse the anonymous (401), those without the permission (403: agents and
// viewers on a branch's lead settings, an API key without analytics:read on the report) and a
// malformed body or query (400 naming the field); other tenants' ids are the isolation suite's.
import { describe, expect, it } from 'vitest'
import { apiKeyFor } from '../../helpers/api-key.ts'
import { expectEachFieldNamed, expectEachRefused, type GuardedRoute } from '../../helpers/route-guards.ts'
import { createTestTenant } from '../../helpers/tenant.ts'

const branchId = 'bra_01JD3Q9W2Z8K5V7M4N6P0R1S2T'
const SETTINGS = {
  firstResponseMinutes: 15,
  workingHoursOnly: true,
  notifyEmail: true,
  notifyWhatsapp: false,
}

const settingsRoutes = (id: string): GuardedRoute[] => [
  ['GET', `/api/v1/branches/${id}/lead-settings`],
  ['PUT', `/api/v1/branches/${id}/lead-settings`, SETTINGS],
]

const REPORT: GuardedRoute[] = [['GET', '/api/v1/reports/response-times']]

describe('SLA route guards', () => {
  it('answers 401 problem+json to a request without credentials, on every route', async () => {
    await expectEachRefused([...settingsRoutes(branchId), ...REPORT], 401)
  })

  it("answers 403 to agents and viewers on a branch's lead settings, and changes nothing", async () => {
    for (const role of ['agent', 'viewer'] as const) {
      const t = await createTestTenant({ role })
      await expectEachRefused(settingsRoutes(t.branchId), 403, t.token)
      const key = await apiKeyFor(t, ['leads:read'])
      await expectEachRefused(REPORT, 403, key)
    }
  })

  it('answers 400 problem+json naming the field for a malformed body or query', async () => {
    const t = await createTestTenant()
    const path = `/api/v1/branches/${t.branchId}/lead-settings`
    await expectEachFieldNamed(
      [
        ['PUT', path, { ...SETTINGS, firstResponseMinutes: 0 }, 'firstResponseMinutes'],
        ['PUT', path, { ...SETTINGS, workingHoursOnly: 'yes' }, 'workingHoursOnly'],
        ['PUT', path, { firstResponseMinutes: 10 }, 'notifyEmail'],
        ['GET', '/api/v1/reports/response-times?from=2026-13-01', undefined, 'from'],
        ['GET', '/api/v1/reports/response-times?to=yesterday', undefined, 'to'],
      ],
      t.token,
    )
    expect((await t.get(path)).body.updatedAt).toBeNull()
  })
})
