import { env, SELF } from 'cloudflare:test'
import { expect, vi } from 'vitest'
import { d1 } from '../../worker/lib/d1.ts'
import { newId } from '../../worker/lib/ids.ts'
import { membershipBranches, memberships, sessions, users } from '../../worker/modules/auth/auth.tables.ts'
import { signAccessToken } from '../../worker/modules/auth/auth.tokens.ts'
import type { Role } from '../../worker/modules/auth/permissions.ts'
import { branches, brands } from '../../worker/modules/brands/brands.tables.ts'
import { SiteContent } from '../../worker/modules/sites/content/site-content.ts'
import { sites, siteVersions } from '../../worker/modules/sites/sites.tables.ts'
import { tenants } from '../../worker/modules/tenants/tenants.tables.ts'

export const TEST_SECRET = 'test-session-secret-that-is-long-enough-0123456789'

export interface ApiResponse<T = any> {
  status: number
  headers: Headers
  body: T
}

export async function call<T = any>(
  path: string,
  init: RequestInit & { token?: string; host?: string } = {},
) {
  const headers = new Headers(init.headers)
  if (init.token) headers.set('authorization', `Bearer ${init.token}`)
  if (init.body && !headers.has('content-type')) headers.set('content-type', 'application/json')
  const res = await SELF.fetch(`http://${init.host ?? 'localhost'}${path}`, { ...init, headers })
  const type = res.headers.get('content-type') ?? ''
  const body = type.includes('json') ? await res.json() : await res.text()
  return { status: res.status, headers: res.headers, body: body as T } satisfies ApiResponse<T>
}

/** A fresh tenant with one member, a brand, a branch and a published site; nothing shared. */
export async function createTestTenant(
  options: { role?: Role; headline?: string; passwordHash?: string; branchScoped?: boolean } = {},
) {
  const db = d1(env.DB)
  const suffix = crypto.randomUUID().slice(0, 8)
  const ids = {
    tenantId: newId('tenant'),
    userId: newId('user'),
    brandId: newId('brand'),
    branchId: newId('branch'),
    siteId: newId('site'),
    versionId: newId('siteVersion'),
  }
  const brandSlug = `brand-${suffix}`
  const branchSlug = 'main-street'
  const email = `user-${suffix}@example.test`
  await db.insert(tenants).values({ id: ids.tenantId, name: `Tenant ${suffix}`, planId: 'plan_starter' })
  await db
    .insert(users)
    .values({ id: ids.userId, email, name: `User ${suffix}`, passwordHash: options.passwordHash ?? 'unset' })
  const membershipId = newId('membership')
  await db.insert(memberships).values({
    id: membershipId,
    tenantId: ids.tenantId,
    userId: ids.userId,
    role: options.role ?? 'owner',
  })
  await db
    .insert(brands)
    .values({ id: ids.brandId, tenantId: ids.tenantId, slug: brandSlug, name: `Brand ${suffix}` })
  await db.insert(branches).values({
    id: ids.branchId,
    tenantId: ids.tenantId,
    brandId: ids.brandId,
    slug: branchSlug,
    name: 'Main Street',
  })
  await db.insert(sites).values({ id: ids.siteId, tenantId: ids.tenantId, branchId: ids.branchId })
  await db.insert(siteVersions).values({
    id: ids.versionId,
    tenantId: ids.tenantId,
    siteId: ids.siteId,
    number: 1,
    content: testSiteContent(options.headline ?? 'Welcome to Main Street'),
    publishedAt: new Date(),
  })
  await env.DB.prepare('update sites set published_version_id = ? where id = ?')
    .bind(ids.versionId, ids.siteId)
    .run()
  if (options.branchScoped) {
    await db.insert(membershipBranches).values({ membershipId, branchId: ids.branchId })
  }
  const token = await sessionTokenFor(ids.userId, ids.tenantId)
  const pagePath = `/${brandSlug}/${branchSlug}`
  return {
    ...ids,
    membershipId,
    email,
    brandSlug,
    branchSlug,
    pagePath,
    token,
    get: <T = any>(path: string, init: RequestInit = {}) => call<T>(path, { ...init, token }),
    post: <T = any>(path: string, body: unknown, init: RequestInit = {}) =>
      call<T>(path, { ...init, method: 'POST', token, body: JSON.stringify(body) }),
  }
}

/** A small published site: a hero with the headline, contact actions and the lead form. */
export function testSiteContent(headline: string) {
  return SiteContent.parse({
    template: 'restaurant',
    sections: [
      { id: 'hero', type: 'hero', headline: { en: headline } },
      { id: 'contact', type: 'contact' },
      { id: 'lead-form', type: 'lead_form' },
    ],
  })
}

/** Opens a real session row for a user and signs its access token, as sign-in would. */
export async function sessionTokenFor(userId: string, tenantId: string): Promise<string> {
  const sessionId = newId('session')
  const now = new Date()
  await d1(env.DB)
    .insert(sessions)
    .values({
      id: sessionId,
      userId,
      tenantId,
      refreshHash: `test-${sessionId}`,
      method: 'test',
      lastUsedAt: now,
      expiresAt: new Date(now.getTime() + 3600_000),
    })
  const { token } = await signAccessToken(TEST_SECRET, { sub: userId, tid: tenantId, sid: sessionId })
  return token
}

export type TestTenant = Awaited<ReturnType<typeof createTestTenant>>

/** Posts the microsite form the way a browser without scripts does. */
export function submitForm(
  pagePath: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
) {
  return call(`${pagePath}/leads`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  })
}

/** The tenant's leads once there are `count` of them (the form queues them; a consumer files them). */
export const waitForLeads = (t: TestTenant, count: number) =>
  vi.waitFor(
    async () => {
      const res = await t.get('/api/v1/leads')
      expect(res.body.data).toHaveLength(count)
      return res.body.data
    },
    { timeout: 10_000, interval: 100 },
  )
