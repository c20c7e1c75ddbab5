import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { d1 } from '../../../worker/lib/d1.ts'
import { ApiError } from '../../../worker/lib/errors.ts'
import { assertWithinLimit, getEntitlements } from '../../../worker/modules/billing/index.ts'
import { createTestTenant } from '../../helpers/tenant.ts'

describe('entitlements', () => {
  it('reads the default plan’s limits for a new tenant', async () => {
    const t = await createTestTenant()
    expect(await getEntitlements(d1(env.DB), t.tenantId)).toEqual({
      planId: 'plan_starter',
      limits: {
        branches: 3,
        dynamicQrCodes: 25,
        customDomains: 1,
        seats: 3,
        qrRendersPerMinute: 10,
        crmStorageMb: 500,
      },
    })
  })

  it('refuses what passes a limit, with a message a person understands', async () => {
    const t = await createTestTenant()
    const db = d1(env.DB)
    await expect(assertWithinLimit(db, t.tenantId, 'branches', 2)).resolves.toBeUndefined()
    const refused = await assertWithinLimit(db, t.tenantId, 'branches', 3).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(ApiError)
    expect(refused).toMatchObject({ code: 'LIMIT_EXCEEDED', status: 402 })
    expect((refused as ApiError).message).toMatch(/allows 3 branches/)
  })

  it('follows the plan when it changes', async () => {
    const t = await createTestTenant()
    await env.DB.prepare("update tenants set plan_id = 'plan_growth' where id = ?").bind(t.tenantId).run()
    await expect(assertWithinLimit(d1(env.DB), t.tenantId, 'branches', 3)).resolves.toBeUndefined()
  })
})
