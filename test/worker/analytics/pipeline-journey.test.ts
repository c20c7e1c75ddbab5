// From real requests to rollups: pages and beacons served by the Worker, what they queued
// handed to the real consumer, and the exact figures that come out.
import { describe, expect, it } from 'vitest'
import { createTestTenant } from '../../helpers/tenant.ts'
import { beacon, recordingEvents, UA, visit } from './collect-helpers.ts'
import { deliver, dimensionOf, totalOf } from './pipeline-helpers.ts'

describe('a day on the microsite, end to end', () => {
  it('counts visits and actions once, with bots and HEAD requests apart and forged beacons ignored', async () => {
    const t = await createTestTenant()
    const stranger = await createTestTenant()
    const q = recordingEvents()
    const page = (query = '') => `http://localhost${t.pagePath}${query}`
    expect((await visit(q.bindings, page('?utm_source=Flyer&utm_campaign=spring'))).status).toBe(200)
    await visit(q.bindings, page())
    await visit(q.bindings, page(), { userAgent: UA.googlebot })
    await visit(q.bindings, page(), { method: 'HEAD' })
    const call = { t: t.tenantId, s: t.siteId, p: t.pagePath, a: 'call' }
    expect((await beacon(q.bindings, JSON.stringify(call))).status).toBe(204)
    // A beacon naming the tenant with another tenant's site counts nowhere.
    await beacon(q.bindings, JSON.stringify({ ...call, s: stranger.siteId }))
    expect(q.events()).toHaveLength(6)

    const first = await deliver('events', q.sent)
    expect(first.explicitAcks).toHaveLength(6)
    // The queue delivering it all again changes nothing.
    await deliver('events', q.sent, 2)

    const today = new Date().toISOString().slice(0, 10)
    expect(await totalOf(t.branchId, today)).toEqual({ visitors: 1, views: 2, actions: 1, excluded: 2 })
    expect(await totalOf(t.tenantId, today)).toEqual({ visitors: 1, views: 2, actions: 1, excluded: 2 })
    expect(await dimensionOf(t.branchId, today, 'source')).toEqual({
      flyer: { views: 1 },
      direct: { views: 1, actions: 1 },
    })
    expect(await dimensionOf(t.branchId, today, 'excluded')).toEqual({
      bot: { excluded: 1 },
      head: { excluded: 1 },
    })
    expect(await dimensionOf(t.branchId, today, 'action')).toEqual({ call: { actions: 1 } })
    expect(await totalOf(stranger.tenantId, today)).toEqual({})
  })
})
