import { env } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { expectEachFieldNamed } from '../../helpers/route-guards.ts'
import { createTestTenant, type TestTenant } from '../../helpers/tenant.ts'
import { csvCells, insertBranch, seedFacts } from './query-helpers.ts'

// Saturday 29 to Monday 31 March 2025; Paris moves to summer time on Sunday 30 at 01:00 UTC.
const RANGE = 'from=2025-03-29&to=2025-03-31'

type Counts = { views?: number; actions?: number; scans?: number; leads?: number }

/** 7 × 24 cells, Monday first, zero but for `filled` ([weekday, hour, counts]). */
function week(filled: [number, number, Counts][]) {
  return Array.from({ length: 168 }, (_, i) => {
    const weekday = Math.floor(i / 24)
    const hour = i % 24
    const found = filled.find(([w, h]) => w === weekday && h === hour)?.[2] ?? {}
    return { weekday, hour, views: 0, actions: 0, scans: 0, leads: 0, ...found }
  })
}

describe('analytics heatmap', () => {
  let t: TestTenant
  beforeAll(async () => {
    t = await createTestTenant()
    await env.DB.prepare("update branches set timezone = 'Asia/Kolkata' where id = ?").bind(t.branchId).run()
    const scopes = [t.tenantId, t.brandId, t.branchId]
    await seedFacts(t.tenantId, [
      { at: '2025-03-29T23:30:00Z', scopes, views: 1 },
      { at: '2025-03-30T00:00:00Z', scopes, views: 2 },
      { at: '2025-03-30T01:00:00Z', scopes, scans: 3 },
      { at: '2025-03-31T22:00:00Z', scopes, leads: 1, actions: 2 },
      // Outside the UTC days asked for.
      { at: '2025-03-28T23:00:00Z', scopes, views: 40 },
      { at: '2025-04-01T00:00:00Z', scopes, views: 50 },
    ])
  })

  it('places each hour on the local clock, across the switch to summer time', async () => {
    const res = await t.get(`/api/v1/analytics/heatmap?${RANGE}&timeZone=europe/paris`)
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      scope: { level: 'tenant', id: t.tenantId, name: '' },
      period: { from: '2025-03-29', to: '2025-03-31' },
      timeZone: 'Europe/Paris',
      cells: week([
        [6, 0, { views: 1 }],
        [6, 1, { views: 2 }],
        [6, 3, { scans: 3 }],
        [1, 0, { leads: 1, actions: 2 }],
      ]),
    })
    const utc = await t.get(`/api/v1/analytics/heatmap?${RANGE}&timeZone=UTC`)
    expect(utc.body.cells).toEqual(
      week([
        [5, 23, { views: 1 }],
        [6, 0, { views: 2 }],
        [6, 1, { scans: 3 }],
        [0, 22, { leads: 1, actions: 2 }],
      ]),
    )
  })

  it("uses the branch's zone by default, and the one every branch shares for the organisation", async () => {
    const kolkata = week([
      [6, 4, { views: 1 }],
      [6, 5, { views: 2 }],
      [6, 6, { scans: 3 }],
      [1, 3, { leads: 1, actions: 2 }],
    ])
    const branch = await t.get(`/api/v1/analytics/heatmap?${RANGE}&branchId=${t.branchId}`)
    expect(branch.body.timeZone).toBe('Asia/Kolkata')
    expect(branch.body.cells).toEqual(kolkata)
    const tenant = await t.get(`/api/v1/analytics/heatmap?${RANGE}`)
    expect(tenant.body.timeZone).toBe('Asia/Kolkata')
    expect(tenant.body.cells).toEqual(kolkata)
    const u = await createTestTenant()
    await insertBranch(u, 'Paris', { timezone: 'Europe/Paris' })
    const mixed = await u.get(`/api/v1/analytics/heatmap?${RANGE}&brandId=${u.brandId}`)
    expect(mixed.status).toBe(200)
    expect(mixed.body.timeZone).toBe('UTC')
    expect(mixed.body.cells).toEqual(week([]))
  })

  it('downloads the 168 cells as CSV, equal to the JSON', async () => {
    const json = (await t.get(`/api/v1/analytics/heatmap?${RANGE}&timeZone=Europe/Paris`)).body
    const res = await t.get(`/api/v1/analytics/heatmap?${RANGE}&timeZone=Europe/Paris&format=csv`)
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="analytics-heatmap-2025-03-29-2025-03-31.csv"',
    )
    const [header, ...rows] = csvCells(res.body)
    const keys = ['weekday', 'hour', 'views', 'actions', 'scans', 'leads'] as const
    expect(header).toEqual([...keys])
    expect(rows).toEqual(json.cells.map((cell: Record<string, number>) => keys.map((k) => String(cell[k]))))
    expect(rows[24]).toEqual(['1', '0', '0', '2', '0', '1'])
  })

  it('refuses a zone that does not exist, naming timeZone', async () => {
    await expectEachFieldNamed(
      [
        ['GET', `/api/v1/analytics/heatmap?${RANGE}&timeZone=Mars/Olympus`, undefined, 'timeZone'],
        ['GET', `/api/v1/analytics/heatmap?${RANGE}&timeZone=`, undefined, 'timeZone'],
      ],
      t.token,
    )
  })
})
