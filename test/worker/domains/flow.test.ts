import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { call, createTestTenant } from '../../helpers/tenant.ts'
import { addDomain, atCloudflare, fake, pollUntilChecked, row, uniqueHostname } from './helpers.ts'

const auditActions = async (tenantId: string) =>
  (
    await env.DB.prepare("select action from audit_events where tenant_id = ? and action like 'domain.%'")
      .bind(tenantId)
      .all<{ action: string }>()
  ).results.map((r) => r.action)

describe('connecting a domain, end to end against the local Cloudflare', () => {
  it('goes pending → active, serves the branch, redirects www, and is removed everywhere', async () => {
    const t = await createTestTenant({ headline: 'Now on our own domain' })
    const apex = uniqueHostname('apex')
    const www = `www.${apex}`

    const added = await addDomain(t, { hostname: apex, branchId: t.branchId })
    expect(added.status).toBe(201)
    expect(added.body).toMatchObject({
      hostname: apex,
      branchId: t.branchId,
      status: 'pending',
      sslStatus: 'pending_validation',
      redirectTo: null,
      activatedAt: null,
      twin: { hostname: www },
    })
    expect(added.body.records).toEqual([
      { type: 'CNAME', name: apex, value: 'customers.vitrine.dev', purpose: 'routing' },
      { type: 'TXT', name: `_cf-custom-hostname.${apex}`, value: expect.any(String), purpose: 'ownership' },
      { type: 'TXT', name: `_acme-challenge.${apex}`, value: expect.any(String), purpose: 'certificate' },
    ])
    expect(await atCloudflare(apex)).toHaveLength(1)

    const listed = await t.get('/api/v1/domains')
    expect(listed.body.data.map((d: { hostname: string }) => d.hostname)).toEqual([apex, www])
    expect(listed.body.data[1]).toMatchObject({ redirectTo: apex, twin: { hostname: apex } })
    expect(listed.body.data[1].records[0]).toMatchObject({ type: 'CNAME', name: www })

    // The cron asks; Cloudflare has not seen the records yet.
    expect(await pollUntilChecked(apex)).toMatchObject({ status: 'pending' })
    expect((await call('/', { host: apex })).status).toBe(404)

    // The owner creates the records; the next check finds the hostname active.
    await fake('activate', { hostname: apex })
    const active = await pollUntilChecked(apex)
    expect(active).toMatchObject({ status: 'active', last_error: null })
    expect(active!.activated_at).toEqual(expect.any(Number))
    expect(await env.SITE_CACHE.get(`host:${apex}`, 'json')).toEqual({
      tenantId: t.tenantId,
      brandId: t.brandId,
      branchId: t.branchId,
      redirectTo: null,
    })
    const shown = await t.get(`/api/v1/domains/${added.body.id}`)
    // Cloudflare drops the certificate records once issued; the owner still sees what they created.
    expect(shown.body).toMatchObject({ status: 'active', sslStatus: 'active', records: added.body.records })

    const page = await call('/', { host: apex })
    expect(page.status).toBe(200)
    expect(page.body).toContain('Now on our own domain')

    // The www twin serves nothing until Cloudflare has it too, then answers 301 to the canonical.
    expect((await call('/', { host: www })).status).toBe(404)
    await fake('activate', { hostname: www })
    await t.post(`/api/v1/domains/${listed.body.data[1].id}/check`, {})
    const redirect = await call('/menu?lang=ar', { host: www, redirect: 'manual' })
    expect(redirect.status).toBe(301)
    expect(redirect.headers.get('location')).toBe(`https://${apex}/menu?lang=ar`)

    expect(await auditActions(t.tenantId)).toEqual(['domain.added', 'domain.activated', 'domain.activated'])

    const removed = await call(`/api/v1/domains/${added.body.id}`, { method: 'DELETE', token: t.token })
    expect(removed.status).toBe(204)
    expect(await row(apex)).toBeNull()
    expect(await row(www)).toBeNull()
    expect(await env.SITE_CACHE.get(`host:${apex}`)).toBeNull()
    expect(await env.SITE_CACHE.get(`host:${www}`)).toBeNull()
    expect((await env.SITE_CACHE.list({ prefix: `page:${apex}:` })).keys).toEqual([])
    expect(await atCloudflare(apex)).toEqual([])
    expect(await atCloudflare(www)).toEqual([])
    expect((await call('/', { host: apex })).status).toBe(404)
    expect((await call('/', { host: www, redirect: 'manual' })).status).toBe(404)
    expect(await auditActions(t.tenantId)).toContain('domain.removed')
  })

  it('"Check now" activates without waiting for the cron', async () => {
    const t = await createTestTenant()
    const hostname = uniqueHostname()
    const added = await addDomain(t, { hostname })
    expect(added.body.twin).toBeNull()
    await fake('activate', { hostname })
    const checked = await t.post(`/api/v1/domains/${added.body.id}/check`, {})
    expect(checked.status).toBe(200)
    expect(checked.body).toMatchObject({ status: 'active', checkedAt: expect.any(String) })
    expect((await call(`/${t.branchSlug}`, { host: hostname })).status).toBe(200)
  })

  it('marks a hostname failed, with the reason, when certificate validation times out', async () => {
    const t = await createTestTenant()
    const hostname = uniqueHostname()
    const added = await addDomain(t, { hostname })
    await fake('time-out', { hostname })
    expect(await pollUntilChecked(hostname)).toMatchObject({
      status: 'failed',
      last_error: expect.stringMatching(/TXT record was not found/),
    })
    const shown = await t.get(`/api/v1/domains/${added.body.id}`)
    expect(shown.body).toMatchObject({ status: 'failed', sslStatus: 'validation_timed_out' })
  })
})

describe('when Cloudflare fails', () => {
  it('answers a clear 502 and writes nothing', async () => {
    const t = await createTestTenant()
    const hostname = uniqueHostname()
    await fake('fail-next', { hostname, status: 500, message: 'Internal error at the edge' })
    const res = await addDomain(t, { hostname })
    expect(res.status).toBe(502)
    expect(res.body.code).toBe('BAD_GATEWAY')
    expect(res.body.detail).toMatch(`Cloudflare could not register ${hostname}: Internal error at the edge`)
    expect(await row(hostname)).toBeNull()
    expect(await atCloudflare(hostname)).toEqual([])
  })

  it('undoes the apex registration when its www twin fails', async () => {
    const t = await createTestTenant()
    const apex = uniqueHostname('apex')
    await fake('fail-next', { hostname: `www.${apex}`, status: 503, message: 'Service unavailable' })
    const res = await addDomain(t, { hostname: apex })
    expect(res.status).toBe(502)
    expect(await row(apex)).toBeNull()
    expect(await atCloudflare(apex)).toEqual([])
    expect(await atCloudflare(`www.${apex}`)).toEqual([])
  })

  it('keeps the domain when removal fails at Cloudflare, and removes it on retry', async () => {
    const t = await createTestTenant()
    const hostname = uniqueHostname()
    const added = await addDomain(t, { hostname })
    await fake('fail-next', { hostname, status: 500, message: 'Try later' })
    const failed = await call(`/api/v1/domains/${added.body.id}`, { method: 'DELETE', token: t.token })
    expect(failed.status).toBe(502)
    expect(await row(hostname)).not.toBeNull()
    const retried = await call(`/api/v1/domains/${added.body.id}`, { method: 'DELETE', token: t.token })
    expect(retried.status).toBe(204)
    expect(await row(hostname)).toBeNull()
  })

  it('leaves a pending hostname pending, saying why, when the cron cannot ask', async () => {
    const t = await createTestTenant()
    const hostname = uniqueHostname()
    await addDomain(t, { hostname })
    await fake('fail-next', { hostname, status: 500, message: 'Edge hiccup' })
    expect(await pollUntilChecked(hostname)).toMatchObject({
      status: 'pending',
      last_error: expect.stringMatching(/Edge hiccup/),
    })
  })
})
