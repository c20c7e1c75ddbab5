import { describe, expect, it } from 'vitest'
import { call, createTestTenant } from '../../helpers/tenant.ts'
import { addDomain, atCloudflare, row, uniqueHostname } from './helpers.ts'

describe('who may manage domains', () => {
  it.each(['viewer', 'agent', 'manager'] as const)('refuses a %s (403)', async (role) => {
    const t = await createTestTenant({ role })
    expect((await t.get('/api/v1/domains')).status).toBe(403)
    const hostname = uniqueHostname()
    expect((await addDomain(t, { hostname })).status).toBe(403)
    expect(await atCloudflare(hostname)).toEqual([])
  })

  it('lets an admin connect one', async () => {
    const t = await createTestTenant({ role: 'admin' })
    expect((await addDomain(t, { hostname: uniqueHostname() })).status).toBe(201)
  })

  it("shows another organisation's domain to no one: list, get, check and delete", async () => {
    const a = await createTestTenant()
    const hostname = uniqueHostname()
    const added = await addDomain(a, { hostname })
    const b = await createTestTenant()
    const path = `/api/v1/domains/${added.body.id}`
    expect((await b.get('/api/v1/domains')).body.data).toEqual([])
    expect((await b.get(path)).status).toBe(404)
    expect((await b.post(`${path}/check`, {})).status).toBe(404)
    expect((await call(path, { method: 'DELETE', token: b.token })).status).toBe(404)
    expect(await row(hostname)).not.toBeNull()
    expect(await atCloudflare(hostname)).toHaveLength(1)
  })
})
