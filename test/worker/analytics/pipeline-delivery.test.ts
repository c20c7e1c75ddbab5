import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { hubFor } from '../../../worker/modules/notifications/index.ts'
import { createTestTenant } from '../../helpers/tenant.ts'
import { at, deliver, insertBranch, totalOf, viewOf, visitor } from './pipeline-helpers.ts'

const DAY = '2025-05-06'

/** The test's D1, failing the `batch` calls numbered in `failing` (1-based), as an outage would. */
function flakyDb(failing: number[]): D1Database {
  let calls = 0
  return new Proxy(env.DB, {
    get(target, property) {
      if (property === 'batch')
        return async (statements: D1PreparedStatement[]) => {
          calls += 1
          if (failing.includes(calls)) throw new Error('D1_ERROR: the database is having a moment')
          return target.batch(statements)
        }
      const value = Reflect.get(target, property)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}

describe('delivery', () => {
  it('writes a failed group one by one, so one failure holds nothing else back', async () => {
    const t = await createTestTenant()
    const views = ['A', 'B', 'C'].map((letter) => viewOf(t, { at: at(DAY), visitor: visitor(letter) }))
    // The group fails, then the second view fails alone.
    const result = await deliver('events', views, 1, { ...env, DB: flakyDb([1, 3]) })
    expect(result.explicitAcks).toEqual([expect.stringMatching(/-0$/), expect.stringMatching(/-2$/)])
    expect(result.retryMessages).toEqual([expect.objectContaining({ msgId: expect.stringMatching(/-1$/) })])
    expect(await totalOf(t.tenantId, DAY)).toEqual({ visitors: 2, views: 2 })

    await deliver('events', views, 2)
    expect(await totalOf(t.tenantId, DAY)).toEqual({ visitors: 3, views: 3 })
  })

  it('notes new, counted visitors in the live counter of each scope they count in', async () => {
    const t = await createTestTenant()
    const harbour = await insertBranch(t)
    const now = Date.now()
    await deliver('events', [
      viewOf(t, { at: now, visitor: visitor('V') }),
      viewOf(t, { at: now, visitor: visitor('W') }),
      viewOf({ ...t, branchId: harbour, siteId: null }, { at: now, visitor: visitor('V') }),
      viewOf({ ...t, branchId: harbour, siteId: null }, { at: now, visitor: visitor('Y') }),
      viewOf(t, { at: now, visitor: null, excluded: 'preview' }),
      // Ten minutes late: counted in the rollups, but nobody is "live" from it.
      viewOf(t, { at: now - 600_000, visitor: visitor('Z') }),
    ])
    const hub = hubFor(env, t.tenantId)
    expect(await hub.liveVisitors([t.tenantId])).toBe(3)
    expect(await hub.liveVisitors([t.brandId])).toBe(3)
    expect(await hub.liveVisitors([t.branchId])).toBe(2)
    expect(await hub.liveVisitors([harbour])).toBe(2)
  })

  it('still records and acks when the live counter is down', async () => {
    const t = await createTestTenant()
    const broken = {
      idFromName: () => {
        throw new Error('hub unreachable')
      },
    }
    const view = viewOf(t, { at: Date.now(), visitor: visitor('V') })
    const result = await deliver('events', [view], 1, { ...env, TENANT_HUB: broken as never })
    expect(result.explicitAcks).toHaveLength(1)
    const day = new Date(view.at).toISOString().slice(0, 10)
    expect(await totalOf(t.tenantId, day)).toEqual({ visitors: 1, views: 1 })
  })

  it('writes each new event to Analytics Engine where it is bound, once', async () => {
    const t = await createTestTenant()
    const points: AnalyticsEngineDataPoint[] = []
    const bindings = {
      ...env,
      ANALYTICS: { writeDataPoint: (point?: AnalyticsEngineDataPoint) => points.push(point!) },
    }
    const view = viewOf(t, { at: at(DAY), utm: { source: 'Ads', campaign: 'may' }, path: '/menu' })
    const bot = viewOf(t, { at: at(DAY), visitor: null, excluded: 'bot' })
    await deliver('events', [view, bot], 1, bindings as never)
    await deliver('events', [view], 2, bindings as never)
    expect(points).toHaveLength(2)
    expect(points[0]).toEqual({
      indexes: [t.tenantId],
      blobs: [
        'view',
        null,
        t.brandId,
        t.branchId,
        t.siteId,
        '/menu',
        'ads',
        null,
        'may',
        null,
        'PT',
        'Lisbon',
        'mobile',
        'iOS',
        'Safari',
        'pt',
        null,
        null,
        null,
        null,
      ],
      doubles: [1, 1],
    })
    expect(points[1]).toMatchObject({ blobs: expect.arrayContaining(['bot']), doubles: [1, 0] })
  })
})
