// Funnel definitions through the API: creating, listing, reading, changing and deleting them
// (audited), validation, the per-organisation limit, role permissions, isolation between
// organisations, and the OpenAPI document. The counts are in funnel-report.test.ts.
import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { d1 } from '../../../worker/lib/d1.ts'
import { newId } from '../../../worker/lib/ids.ts'
import { analyticsFunnels } from '../../../worker/modules/analytics/analytics.tables.ts'
import { expectEachFieldNamed } from '../../helpers/route-guards.ts'
import { call, createTestTenant } from '../../helpers/tenant.ts'
import { CLASSIC, funnelOf } from './funnels-helpers.ts'

describe('funnel definitions', () => {
  it('creates, lists, reads, renames, redefines and deletes, auditing each change', async () => {
    const t = await createTestTenant()
    expect((await t.get('/api/v1/analytics/funnels')).body).toEqual([])
    const created = await t.post('/api/v1/analytics/funnels', { ...CLASSIC, name: '  Classic  ' })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      id: expect.stringMatching(/^fnl_/),
      name: 'Classic',
      steps: CLASSIC.steps,
    })
    const id = created.body.id

    expect((await t.get('/api/v1/analytics/funnels')).body).toEqual([created.body])
    expect((await t.get(`/api/v1/analytics/funnels/${id}`)).body).toEqual(created.body)

    const renamed = await t.get(`/api/v1/analytics/funnels/${id}`, {
      method: 'PATCH',
      body: JSON.stringify({ name: 'Renamed' }),
      headers: { 'content-type': 'application/json' },
    })
    expect(renamed.status).toBe(200)
    expect(renamed.body).toMatchObject({ name: 'Renamed', steps: CLASSIC.steps })
    const steps = [
      { kind: 'view', label: 'View' },
      { kind: 'action', action: 'call', label: 'Call' },
    ]
    const redefined = await t.get(`/api/v1/analytics/funnels/${id}`, {
      method: 'PATCH',
      body: JSON.stringify({ steps }),
      headers: { 'content-type': 'application/json' },
    })
    expect(redefined.body).toMatchObject({ name: 'Renamed', steps })

    const deleted = await t.get(`/api/v1/analytics/funnels/${id}`, { method: 'DELETE' })
    expect(deleted.status).toBe(204)
    expect((await t.get(`/api/v1/analytics/funnels/${id}`)).status).toBe(404)

    const audit = await env.DB.prepare(
      'select action from audit_events where tenant_id = ? and target_id = ? order by created_at, rowid',
    )
      .bind(t.tenantId, id)
      .all<{ action: string }>()
    expect(audit.results.map((r) => r.action)).toEqual([
      'analytics.funnel_created',
      'analytics.funnel_updated',
      'analytics.funnel_updated',
      'analytics.funnel_deleted',
    ])
  })

  it('refuses malformed funnels naming the field, and writes nothing', async () => {
    const t = await createTestTenant()
    const id = await funnelOf(t, CLASSIC)
    const path = '/api/v1/analytics/funnels'
    await expectEachFieldNamed(
      [
        ['POST', path, { ...CLASSIC, name: ' ' }, 'name'],
        ['POST', path, { ...CLASSIC, steps: [CLASSIC.steps[0]] }, 'steps'],
        ['POST', path, { ...CLASSIC, steps: Array(9).fill(CLASSIC.steps[0]) }, 'steps'],
        [
          'POST',
          path,
          { ...CLASSIC, steps: [{ kind: 'action', label: 'Click' }, CLASSIC.steps[1]] },
          'steps.0.action',
        ],
        [
          'POST',
          path,
          { ...CLASSIC, steps: [{ kind: 'view', action: 'call', label: 'View' }, CLASSIC.steps[1]] },
          'steps.0.action',
        ],
        [
          'POST',
          path,
          { ...CLASSIC, steps: [{ kind: 'click', label: 'Click' }, CLASSIC.steps[1]] },
          'steps.0.kind',
        ],
        [
          'POST',
          path,
          { ...CLASSIC, steps: [{ kind: 'action', action: 'dance', label: 'x' }, CLASSIC.steps[1]] },
          'steps.0.action',
        ],
        [
          'POST',
          path,
          { ...CLASSIC, steps: [{ kind: 'view', label: '' }, CLASSIC.steps[1]] },
          'steps.0.label',
        ],
        ['PATCH', `${path}/${id}`, {}, 'name'],
        ['PATCH', `${path}/${id}`, { steps: [] }, 'steps'],
      ],
      t.token,
    )
    const stored = await env.DB.prepare('select count(*) as n from analytics_funnels where tenant_id = ?')
      .bind(t.tenantId)
      .first<{ n: number }>()
    expect(stored?.n).toBe(1)
    expect((await t.get(`${path}/${id}`)).body.name).toBe(CLASSIC.name)
  })

  it('keeps at most 50 funnels per organisation', async () => {
    const t = await createTestTenant()
    const db = d1(env.DB)
    const now = new Date()
    const rows = Array.from({ length: 50 }, (_, i) =>
      db.insert(analyticsFunnels).values({
        id: newId('funnel'),
        tenantId: t.tenantId,
        name: `Funnel ${i}`,
        steps: [
          { kind: 'view', label: 'View' },
          { kind: 'lead', label: 'Lead' },
        ],
        createdAt: now,
        updatedAt: now,
      }),
    )
    await db.batch([rows[0]!, ...rows.slice(1)])
    const res = await t.post('/api/v1/analytics/funnels', CLASSIC)
    expect(res.status).toBe(409)
    expect(res.body.code).toBe('CONFLICT')
    expect((await t.get('/api/v1/analytics/funnels')).body).toHaveLength(50)
  })

  it('lets every role read funnels but only managers and up change them', async () => {
    const owner = await createTestTenant()
    const viewer = await createTestTenant({ role: 'viewer' })
    const agent = await createTestTenant({ role: 'agent' })
    const manager = await createTestTenant({ role: 'manager' })
    for (const t of [viewer, agent]) {
      const res = await t.post('/api/v1/analytics/funnels', CLASSIC)
      expect(res.status).toBe(403)
      expect(res.headers.get('content-type')).toContain('application/problem+json')
      expect((await t.get('/api/v1/analytics/funnels')).status).toBe(200)
    }
    const id = await funnelOf(manager, CLASSIC)
    await env.DB.prepare('update analytics_funnels set tenant_id = ? where id = ?')
      .bind(viewer.tenantId, id)
      .run()
    expect((await viewer.get(`/api/v1/analytics/funnels/${id}`)).status).toBe(200)
    expect((await viewer.get(`/api/v1/analytics/funnels/${id}/report`)).status).toBe(200)
    for (const method of ['PATCH', 'DELETE']) {
      const res = await viewer.get(`/api/v1/analytics/funnels/${id}`, {
        method,
        body: method === 'PATCH' ? JSON.stringify({ name: 'Mine' }) : undefined,
        headers: { 'content-type': 'application/json' },
      })
      expect(res.status).toBe(403)
    }
    expect((await owner.get('/api/v1/analytics/funnels')).body).toEqual([])
  })

  it("answers 404 for another organisation's funnel, and changes nothing", async () => {
    const a = await createTestTenant()
    const b = await createTestTenant()
    const id = await funnelOf(a, CLASSIC)
    const url = `/api/v1/analytics/funnels/${id}`
    expect((await b.get(url)).status).toBe(404)
    expect((await b.get(`${url}/report`)).status).toBe(404)
    const patched = await b.get(url, {
      method: 'PATCH',
      body: JSON.stringify({ name: 'Taken' }),
      headers: { 'content-type': 'application/json' },
    })
    expect(patched.status).toBe(404)
    expect((await b.get(url, { method: 'DELETE' })).status).toBe(404)
    expect((await b.get('/api/v1/analytics/funnels')).body).toEqual([])
    expect((await a.get(url)).body.name).toBe(CLASSIC.name)
  })
})

describe('API documentation', () => {
  it('documents the funnel and attribution routes with their path parameters', async () => {
    const doc = await call<{ paths: Record<string, Record<string, unknown>> }>('/api/openapi.json')
    expect(doc.status).toBe(200)
    expect(Object.keys(doc.body.paths['/api/v1/analytics/funnels'] ?? {}).sort()).toEqual(['get', 'post'])
    expect(Object.keys(doc.body.paths['/api/v1/analytics/funnels/{funnelId}'] ?? {}).sort()).toEqual([
      'delete',
      'get',
      'patch',
    ])
    expect(doc.body.paths['/api/v1/analytics/funnels/{funnelId}/report']).toHaveProperty('get')
    expect(doc.body.paths['/api/v1/analytics/attribution']).toHaveProperty('get')
    expect(doc.body.paths['/api/v1/analytics/attribution/leads/{leadId}']).toHaveProperty('get')
  })
})
