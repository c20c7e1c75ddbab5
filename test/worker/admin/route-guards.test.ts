// The dead-letter routes refuse the anonymous (401), anyone who is not platform staff (403:
// organisation owners and API keys included) and a malformed query (400 naming the field).
// Replaying takes no body, so it has no malformed-body case.
import { env } from 'cloudflare:test'
import { describe, it } from 'vitest'
import { apiKeyFor } from '../../helpers/api-key.ts'
import { expectEachFieldNamed, expectEachRefused, type GuardedRoute } from '../../helpers/route-guards.ts'
import { createTestTenant } from '../../helpers/tenant.ts'

const deadLetterId = 'dl_01JD3Q9W2Z8K5V7M4N6P0R1S2T'

const ROUTES: GuardedRoute[] = [
  ['GET', '/api/v1/admin/dead-letters'],
  ['GET', `/api/v1/admin/dead-letters/${deadLetterId}`],
  ['POST', `/api/v1/admin/dead-letters/${deadLetterId}/replay`],
]

describe('dead-letter route guards', () => {
  it('answers 401 problem+json to a request without credentials, on every route', async () => {
    await expectEachRefused(ROUTES, 401)
  })

  it('answers 403 to an organisation owner and to an API key, on every route', async () => {
    const owner = await createTestTenant()
    await expectEachRefused(ROUTES, 403, owner.token)
    await expectEachRefused(ROUTES, 403, await apiKeyFor(owner, ['leads:write', 'webhooks:write']))
  })

  it('answers 400 problem+json naming the field for a malformed query', async () => {
    const admin = await createTestTenant()
    await env.DB.prepare("update users set platform_role = 'super_admin' where id = ?")
      .bind(admin.userId)
      .run()
    await expectEachFieldNamed(
      [
        ['GET', '/api/v1/admin/dead-letters?queue=nope', undefined, 'queue'],
        ['GET', '/api/v1/admin/dead-letters?replayed=maybe', undefined, 'replayed'],
        ['GET', '/api/v1/admin/dead-letters?limit=0', undefined, 'limit'],
      ],
      admin.token,
    )
  })
})
