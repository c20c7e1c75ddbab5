import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { newId } from '../../../worker/lib/ids.ts'
import { createTestTenant } from '../../helpers/tenant.ts'
import { addDomain, atCloudflare, roomForDomains, row, uniqueHostname } from './helpers.ts'

describe('what can be connected', () => {
  const refused: [string, string, RegExp][] = [
    ['spaces', 'my shop.example.com', /without a path or spaces/],
    ['a path', 'shop.example.com/menu', /without a path/],
    ['a pasted URL with a path', 'https://shop.example.com/menu', /without a path/],
    ['a port', 'shop.example.com:8443', /without a port/],
    ['another scheme', 'ftp://shop.example.com/', /not a ftp: address/],
    ['no dot', 'shop', /at least one dot/],
    ['a leading hyphen', '-shop.example.com', /hyphen/],
    ['an underscore', 'my_shop.example.com', /hyphen/],
    ['a 64-character label', `${'a'.repeat(64)}.example.com`, /63/],
    ['more than 253 characters', `${Array(4).fill('a'.repeat(63)).join('.')}.com`, /253/],
    ['an IPv4 address', '192.168.0.10', /IP addresses/],
    ['an IPv6 address', '[2001:db8::1]', /IP addresses/],
    ['a wildcard', '*.example.com', /hyphen|valid/],
    ['a public suffix', 'co.uk', /public suffix/],
    ['our CNAME target', 'customers.vitrine.dev', /belongs to Vitrine/],
    ['a subdomain of our domain', 'shop.vitrine.dev', /belongs to Vitrine/],
    ['our registrable domain', 'vitrine.dev', /belongs to Vitrine/],
    ['a platform host', 'demo.localhost', /belongs to Vitrine|private name/],
    ['a .local name', 'printer.local', /private name/],
    ['an .internal name', 'db.corp.internal', /private name/],
  ]

  it.each(refused)('refuses %s (400), registering nothing', async (_case, hostname, message) => {
    const t = await createTestTenant()
    const res = await addDomain(t, { hostname })
    expect(res.status).toBe(400)
    expect(res.body.code).toBe('BAD_REQUEST')
    expect(res.body.detail).toMatch(message)
    const rows = await env.DB.prepare('select count(*) as n from hostnames where tenant_id = ?')
      .bind(t.tenantId)
      .first<{ n: number }>()
    expect(rows!.n).toBe(0)
  })

  it('normalises a pasted URL and an internationalised name', async () => {
    const t = await createTestTenant()
    await roomForDomains(t)
    const id = crypto.randomUUID().slice(0, 8)
    const pasted = await addDomain(t, { hostname: ` https://Shop-${id}.Example.com/ ` })
    expect(pasted.status).toBe(201)
    expect(pasted.body.hostname).toBe(`shop-${id}.example.com`)
    const idn = await addDomain(t, { hostname: `café-${id}.example.com.` })
    expect(idn.status).toBe(201)
    expect(idn.body.hostname).toBe(new URL(`http://café-${id}.example.com`).hostname)
    expect(idn.body.hostname).toMatch(/^xn--/)
  })

  it('refuses includeWww for a name that is neither an apex nor www', async () => {
    const t = await createTestTenant()
    const hostname = uniqueHostname()
    const res = await addDomain(t, { hostname, includeWww: true })
    expect(res.status).toBe(400)
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'includeWww' })])
    expect(await atCloudflare(hostname)).toEqual([])
  })

  it('refuses unknown fields', async () => {
    const t = await createTestTenant()
    const res = await addDomain(t, { hostname: uniqueHostname(), primary: true })
    expect(res.status).toBe(400)
  })
})

describe('whose it is', () => {
  it('refuses a hostname already connected here, or to another organisation, without saying which', async () => {
    const owner = await createTestTenant()
    const hostname = uniqueHostname()
    expect((await addDomain(owner, { hostname })).status).toBe(201)
    await roomForDomains(owner)

    const again = await addDomain(owner, { hostname })
    expect(again.status).toBe(409)
    expect(again.body.detail).toMatch(/already connected to this organisation/)

    const other = await createTestTenant()
    const taken = await addDomain(other, { hostname: hostname.toUpperCase() })
    expect(taken.status).toBe(409)
    expect(taken.body.detail).toMatch(/connected to another organisation/)
    expect(JSON.stringify(taken.body)).not.toContain(owner.tenantId)
    expect(JSON.stringify(taken.body)).not.toContain(owner.brandSlug)
    expect((await row(hostname))!.tenant_id).toBe(owner.tenantId)
    expect(await atCloudflare(hostname)).toHaveLength(1)
  })

  it("refuses an apex whose www twin is another organisation's", async () => {
    const apex = uniqueHostname('apex')
    const holder = await createTestTenant()
    expect((await addDomain(holder, { hostname: `www.${apex}` })).status).toBe(201)
    const t = await createTestTenant()
    const res = await addDomain(t, { hostname: apex })
    expect(res.status).toBe(409)
    expect(res.body.detail).toMatch(
      new RegExp(`www\\.${apex.replaceAll('.', '\\.')} is connected to another`),
    )
    expect(await row(apex)).toBeNull()
    expect(await atCloudflare(apex)).toEqual([])
  })

  it("answers 404 for another organisation's brand or branch, or a branch of another brand", async () => {
    const t = await createTestTenant()
    const other = await createTestTenant()
    const hostname = uniqueHostname()
    const brand = await t.post('/api/v1/domains', { hostname, brandId: other.brandId })
    expect(brand.status).toBe(404)
    const branch = await addDomain(t, { hostname, branchId: other.branchId })
    expect(branch.status).toBe(404)
    const secondBrand = newId('brand')
    await env.DB.prepare('insert into brands (id, tenant_id, slug, name) values (?, ?, ?, ?)')
      .bind(secondBrand, t.tenantId, `second-${secondBrand.slice(-8).toLowerCase()}`, 'Second')
      .run()
    const mismatch = await t.post('/api/v1/domains', { hostname, brandId: secondBrand, branchId: t.branchId })
    expect(mismatch.status).toBe(404)
    expect(await atCloudflare(hostname)).toEqual([])
  })

  it("enforces the plan's limit on canonical hostnames; a www twin is free", async () => {
    const t = await createTestTenant() // Starter: one custom domain
    const apex = uniqueHostname('apex')
    const first = await addDomain(t, { hostname: apex })
    expect(first.status).toBe(201)
    expect(first.body.twin.hostname).toBe(`www.${apex}`)
    const second = uniqueHostname()
    const res = await addDomain(t, { hostname: second })
    expect(res.status).toBe(402)
    expect(res.body.code).toBe('LIMIT_EXCEEDED')
    expect(res.body.detail).toMatch(/allows 1 custom domains/)
    expect(await atCloudflare(second)).toEqual([])
  })
})
