// The short link's record in KV can be missing: evicted, never written for a seeded code, or
// removed while the organisation is offline. D1 stays the truth, for active organisations only.
import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { qrRouteKey } from '../../../worker/modules/qr/redirect/qr-route.ts'
import { createTestTenant } from '../../helpers/tenant.ts'
import { scan } from './redirect-helpers.ts'

async function newCode() {
  const t = await createTestTenant()
  const created = await t.post('/api/v1/qr-codes', {
    label: 'Counter',
    branchId: t.branchId,
    target: { type: 'url', url: 'https://example.com/menu' },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return { t, code: (created.body as { code: string }).code }
}

describe('a short link whose KV record is missing', () => {
  it('is rebuilt from D1 on the first scan and written back', async () => {
    const { code } = await newCode()
    await env.SITE_CACHE.delete(qrRouteKey(code))
    const res = await scan(code)
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toMatch(/^https:\/\/example\.com\/menu\?utm_source=qr/)
    expect(await env.SITE_CACHE.get(qrRouteKey(code))).not.toBeNull()
  })

  it('is not rebuilt while the organisation is suspended, and comes back once it is active', async () => {
    const { t, code } = await newCode()
    await env.DB.prepare("update tenants set status = 'suspended' where id = ?").bind(t.tenantId).run()
    await env.SITE_CACHE.delete(qrRouteKey(code))
    expect((await scan(code)).status).toBe(404)
    expect(await env.SITE_CACHE.get(qrRouteKey(code))).toBeNull()

    await env.DB.prepare("update tenants set status = 'active' where id = ?").bind(t.tenantId).run()
    // The unknown answer is remembered for a few minutes; once it lapses the code works again.
    await env.SITE_CACHE.delete(`qr-miss:${code}`)
    expect((await scan(code)).status).toBe(302)
  })

  it('answers an unknown code with the 404 page and remembers it briefly', async () => {
    const res = await scan('Zz9Zz9Zz')
    expect(res.status).toBe(404)
    expect(await env.SITE_CACHE.get('qr-miss:Zz9Zz9Zz')).toBe('1')
  })
})
