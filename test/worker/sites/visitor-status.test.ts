import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { newId } from '../../../worker/lib/ids.ts'
import { call, createTestTenant, submitForm, type TestTenant } from '../../helpers/tenant.ts'
import { addHostname } from './showcase.ts'

async function expectStatusPage(path: string, status: number, host?: string) {
  const res = await call(path, { host })
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toContain('text/html')
  expect(res.headers.get('cache-control')).toBe('no-store')
  expect(res.headers.get('x-robots-tag')).toBe('noindex')
  expect(res.body).toContain('<meta name="robots" content="noindex"/>')
  expect(res.headers.get('content-security-policy')).toMatch(/^default-src 'none'; style-src 'sha256-/)
  return res
}

async function noPagesCached(prefix: string) {
  expect((await env.SITE_CACHE.list({ prefix })).keys).toEqual([])
}

async function renameBranch(t: TestTenant, to: string) {
  await env.DB.prepare('update branches set slug = ? where id = ?').bind(to, t.branchId).run()
  await env.DB.prepare(
    "insert into slug_redirects (id, tenant_id, kind, scope_id, from_slug, target_id) values (?, ?, 'branch', ?, ?, ?)",
  )
    .bind(newId('slugRedirect'), t.tenantId, t.brandId, t.branchSlug, t.branchId)
    .run()
}

describe('pages that are not there', () => {
  it('answers 404 for an unknown brand, branch or person, and an unpublished site', async () => {
    const t = await createTestTenant()
    await expectStatusPage('/no-such-brand', 404)
    await expectStatusPage(`/${t.brandSlug}/nowhere`, 404)
    await expectStatusPage(`${t.pagePath}/nobody`, 404)
    await expectStatusPage(`${t.pagePath}/a/b/c`, 404)
    await env.DB.prepare('update sites set published_version_id = null where id = ?').bind(t.siteId).run()
    await expectStatusPage(t.pagePath, 404)
    await expectStatusPage(`${t.pagePath}/vcard`, 404)
    await noPagesCached(`page:platform:/${t.brandSlug}`)
  })

  it('never echoes the address it could not find', async () => {
    const res = await expectStatusPage('/%3Cscript%3Ealert(1)%3C%2Fscript%3E/x', 404)
    expect(res.body).not.toContain('<script>alert')
    expect(res.body).not.toContain('alert(1)')
  })

  it('answers 410 Gone for an archived branch, and a suspended or deleted business', async () => {
    const archived = await createTestTenant()
    await env.DB.prepare('update branches set archived_at = ? where id = ?')
      .bind(Date.now(), archived.branchId)
      .run()
    const res = await expectStatusPage(archived.pagePath, 410)
    expect(res.body).toContain('This page is no longer available')
    await expectStatusPage(`${archived.pagePath}/vcard`, 410)
    expect((await submitForm(archived.pagePath, { name: 'X', email: 'x@example.com' })).status).toBe(410)
    for (const status of ['suspended', 'deleted']) {
      const t = await createTestTenant()
      await env.DB.prepare('update tenants set status = ? where id = ?').bind(status, t.tenantId).run()
      await expectStatusPage(t.pagePath, 410)
      await expectStatusPage(`/${t.brandSlug}`, 410)
      await noPagesCached(`page:platform:/${t.brandSlug}`)
    }
  })

  it('answers the same on a tenant hostname', async () => {
    const t = await createTestTenant()
    const host = await addHostname(t)
    await expectStatusPage('/nowhere', 404, host)
    await env.DB.prepare('update branches set archived_at = ? where id = ?')
      .bind(Date.now(), t.branchId)
      .run()
    await expectStatusPage(`/${t.branchSlug}`, 410, host)
    await expectStatusPage('/anything', 404, 'unknown-host.example')
  })
})

describe('old slugs', () => {
  it('redirect a renamed branch with 301, keeping the sub-path and language', async () => {
    const t = await createTestTenant()
    await renameBranch(t, 'high-street')
    const res = await call(`${t.pagePath}/vcard?lang=es&utm=x`, { redirect: 'manual' })
    expect(res.status).toBe(301)
    expect(res.headers.get('location')).toBe(`/${t.brandSlug}/high-street/vcard?lang=es`)
    expect((await call(`/${t.brandSlug}/high-street`)).status).toBe(200)
  })

  it('redirect a renamed brand, on its landing page and its branches', async () => {
    const t = await createTestTenant()
    const renamed = `${t.brandSlug}-new`
    await env.DB.prepare('update brands set slug = ? where id = ?').bind(renamed, t.brandId).run()
    await env.DB.prepare(
      "insert into slug_redirects (id, tenant_id, kind, scope_id, from_slug, target_id) values (?, ?, 'brand', '', ?, ?)",
    )
      .bind(newId('slugRedirect'), t.tenantId, t.brandSlug, t.brandId)
      .run()
    const landing = await call(`/${t.brandSlug}`, { redirect: 'manual' })
    expect(landing.status).toBe(301)
    expect(landing.headers.get('location')).toBe(`/${renamed}`)
    const page = await call(t.pagePath, { redirect: 'manual' })
    expect(page.headers.get('location')).toBe(`/${renamed}/${t.branchSlug}`)
  })

  it('redirect a renamed branch on its brand’s hostname', async () => {
    const t = await createTestTenant()
    const host = await addHostname(t)
    await renameBranch(t, 'riverside')
    const res = await call(`/${t.branchSlug}`, { host, redirect: 'manual' })
    expect(res.status).toBe(301)
    expect(res.headers.get('location')).toBe('/riverside')
  })
})
