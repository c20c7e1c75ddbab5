// A member's notification preferences refuse the anonymous (401), an API key (403: a person's
// own) and a malformed body (400 naming the field).
import { describe, expect, it } from 'vitest'
import { apiKeyFor } from '../../helpers/api-key.ts'
import { expectEachFieldNamed, expectEachRefused, type GuardedRoute } from '../../helpers/route-guards.ts'
import { createTestTenant } from '../../helpers/tenant.ts'

const PATH = '/api/v1/me/notification-preferences'
const DEFAULTS = { inAppNewLeads: true, sound: false, emailAssigned: true, emailEscalations: true }

const ROUTES: GuardedRoute[] = [
  ['GET', PATH],
  ['PUT', PATH, { ...DEFAULTS, sound: true }],
]

describe('notification preference route guards', () => {
  it('answers 401 problem+json to a request without credentials, on every route', async () => {
    await expectEachRefused(ROUTES, 401)
  })

  it('answers 403 to an API key, whatever its scopes, and saves nothing', async () => {
    const t = await createTestTenant()
    await expectEachRefused(ROUTES, 403, await apiKeyFor(t, ['leads:write', 'webhooks:write']))
    expect((await t.get(PATH)).body).toEqual(DEFAULTS)
  })

  it('answers 400 problem+json naming the field for a malformed body', async () => {
    const t = await createTestTenant({ role: 'viewer' })
    await expectEachFieldNamed(
      [
        ['PUT', PATH, { ...DEFAULTS, sound: 'yes' }, 'sound'],
        ['PUT', PATH, { sound: true }, 'inAppNewLeads'],
      ],
      t.token,
    )
    expect((await t.get(PATH)).body).toEqual(DEFAULTS)
  })
})
