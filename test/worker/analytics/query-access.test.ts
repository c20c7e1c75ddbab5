import { env } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { hubFor } from '../../../worker/modules/notifications/tenant-hub.ts'
import { apiKeyFor } from '../../helpers/api-key.ts'
import { expectEachFieldNamed, expectEachRefused } from '../../helpers/route-guards.ts'
import { call, createTestTenant, type TestTenant } from '../../helpers/tenant.ts'
import { addMember } from '../team/team-helpers.ts'
import { insertBranch, seedFacts } from './query-helpers.ts'

const RANGE = 'from=2025-03-08&to=2025-03-12'
const VIEWS = [
  '/api/v1/analytics/overview',
  '/api/v1/analytics/breakdown?dimension=source&',
  '/api/v1/analytics/heatmap',
  '/api/v1/analytics/league',
]
const ALL = [...VIEWS, '/api/v1/analytics/live']
const withQuery = (path: string, query: string) =>
  path.endsWith('&') ? `${path}${query}` : `${path}?${query}`

describe('analytics views: who may read what', () => {
  let t: TestTenant
  let other: TestTenant
  let harbour: string
  beforeAll(async () => {
    t = await createTestTenant()
    other = await createTestTenant()
    harbour = await insertBranch(t, 'Harbour')
    await seedFacts(t.tenantId, [
      { at: '2025-03-09T10:00:00Z', scopes: [t.tenantId, t.brandId, t.branchId], views: 4, visitors: 2 },
    ])
  })

  it('refuses a reversed, too long or malformed range, naming from', async () => {
    const bad = ['from=2025-03-12&to=2025-03-01', 'from=2024-01-01&to=2025-03-01', 'from=2025-02-30']
    await expectEachFieldNamed(
      VIEWS.flatMap((path) =>
        bad.map((query) => ['GET', withQuery(path, query), undefined, 'from'] as const),
      ),
      t.token,
    )
    await expectEachFieldNamed(
      [
        ['GET', `/api/v1/analytics/overview?${RANGE}&compare=last-year`, undefined, 'compare'],
        ['GET', `/api/v1/analytics/overview?${RANGE}&format=xlsx`, undefined, 'format'],
      ],
      t.token,
    )
  })

  it('accepts exactly 366 days', async () => {
    const res = await t.get('/api/v1/analytics/overview?from=2024-03-10&to=2025-03-10&compare=none')
    expect(res.status).toBe(200)
    expect(res.body.series).toHaveLength(366)
    expect(res.body.totals.views).toBe(4)
  })

  it("answers 404 for another organisation's brand, branch or site", async () => {
    for (const id of [`brandId=${other.brandId}`, `branchId=${other.branchId}`, `siteId=${other.siteId}`])
      for (const path of ALL) {
        const res = await t.get(withQuery(path, `${RANGE}&${id}`))
        expect.soft(res.status, `${path} ${id}`).toBe(404)
        expect.soft(res.headers.get('content-type')).toContain('application/problem+json')
      }
  })

  it("answers 403 for a branch outside a member's branches, 200 for theirs", async () => {
    const manager = await addMember(t, 'manager', { branchIds: [t.branchId] })
    await expectEachRefused(
      ALL.map((path) => ['GET', withQuery(path, `${RANGE}&branchId=${harbour}`)] as const),
      403,
      manager.token,
    )
    for (const path of ALL)
      expect
        .soft((await manager.get(withQuery(path, `${RANGE}&branchId=${t.branchId}`))).status, path)
        .toBe(200)
  })

  it('serves API keys with analytics:read (or write), refuses keys without it and the anonymous', async () => {
    const reader = await apiKeyFor(t, ['analytics:read'])
    for (const path of ALL) {
      const res = await call(withQuery(path, RANGE), { token: reader })
      expect.soft(res.status, path).toBe(200)
    }
    const overview = await call(`/api/v1/analytics/overview?${RANGE}`, { token: reader })
    expect(overview.body.totals.views).toBe(4)
    const csv = await call(`/api/v1/analytics/league?${RANGE}&format=csv`, { token: reader })
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    // analytics:write includes reading, as every area's write scope does.
    const writer = await apiKeyFor(t, ['analytics:write'])
    expect((await call(`/api/v1/analytics/live`, { token: writer })).status).toBe(200)
    const leadsOnly = await apiKeyFor(t, ['leads:read', 'qr:write', 'sites:read'])
    await expectEachRefused(
      ALL.map((path) => ['GET', withQuery(path, RANGE)] as const),
      403,
      leadsOnly,
    )
    await expectEachRefused(
      ALL.map((path) => ['GET', withQuery(path, RANGE)] as const),
      401,
    )
  })

  it('counts the visitors of the last five minutes per scope', async () => {
    const now = Date.now()
    await hubFor(env, t.tenantId).noteVisitors([
      { scopes: [t.tenantId, t.brandId, t.branchId], visitor: 'v1', at: now },
      { scopes: [t.tenantId, t.brandId, harbour], visitor: 'v2', at: now },
      { scopes: [t.tenantId, t.brandId, t.branchId], visitor: 'v2', at: now },
      { scopes: [t.tenantId, t.brandId, harbour], visitor: 'v3', at: now - 6 * 60_000 },
    ])
    const live = (query = '') => t.get(`/api/v1/analytics/live${query}`)
    const all = await live()
    expect(all.status).toBe(200)
    expect(all.body).toEqual({ visitors: 2, windowSeconds: 300, at: expect.any(String) })
    expect((await live(`?branchId=${harbour}`)).body.visitors).toBe(1)
    expect((await live(`?siteId=${t.siteId}`)).body.visitors).toBe(2)
    const manager = await addMember(t, 'agent', { branchIds: [harbour] })
    expect((await manager.get('/api/v1/analytics/live')).body.visitors).toBe(1)
    expect((await other.get('/api/v1/analytics/live')).body.visitors).toBe(0)
  })
})
