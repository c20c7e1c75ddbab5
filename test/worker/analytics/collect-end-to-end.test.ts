import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { deliver } from '../../helpers/queue.ts'
import { createTestTenant } from '../../helpers/tenant.ts'
import { beacon, recordingEvents, UA, visit } from './collect-helpers.ts'

const today = () => new Date().toISOString().slice(0, 10)

const totals = (scope: string) =>
  env.DB.prepare(
    "select views, actions, excluded, visitors from analytics_daily where scope = ? and dimension = 'total' and day = ?",
  )
    .bind(scope, today())
    .first()

const rejects = async () =>
  (
    await env.DB.prepare("select count from analytics_rejects where day = ? and reason = 'malformed'")
      .bind(today())
      .first<{ count: number }>()
  )?.count ?? 0

describe('collected events through the pipeline', () => {
  it('count exactly: people once each, bots, HEADs and the owner apart, beacons for their branch', async () => {
    const t = await createTestTenant()
    const q = recordingEvents()
    const url = `http://localhost${t.pagePath}`
    await visit(q.bindings, url) // a miss
    await visit(q.bindings, url) // a hit, the same visitor
    await visit(q.bindings, url, { headers: { 'cf-connecting-ip': '198.51.100.7' } }) // another visitor
    await visit(q.bindings, url, { userAgent: UA.googlebot })
    await visit(q.bindings, url, { method: 'HEAD' })
    await visit(q.bindings, url, { headers: { cookie: 'vitrine_session=x' } })
    const action = JSON.stringify({ t: t.tenantId, s: t.siteId, p: t.pagePath, a: 'call' })
    expect((await beacon(q.bindings, action)).status).toBe(204)
    expect((await beacon(q.bindings, '{not json')).status).toBe(400)
    const rejectsBefore = await rejects()

    const result = await deliver('events', q.sent)
    expect(result.explicitAcks).toHaveLength(q.sent.length)
    const counted = { views: 3, actions: 1, excluded: 3, visitors: 2 }
    // The beacon named only tenant and site: the consumer placed it in the site's branch and brand.
    expect(await totals(t.branchId)).toEqual(counted)
    expect(await totals(t.brandId)).toEqual(counted)
    expect(await totals(t.tenantId)).toEqual(counted)
    expect(await rejects()).toBe(rejectsBefore + 1)

    // Delivered again, nothing counts twice.
    await deliver('events', q.events(), 2)
    expect(await totals(t.branchId)).toEqual(counted)
  })
})
