import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { d1 } from '../../../worker/lib/d1.ts'
import { newId } from '../../../worker/lib/ids.ts'
import type { EventKind, Exclusion } from '../../../worker/modules/analytics/analytics.tables.ts'
import {
  analyticsEvents,
  analyticsFunnels,
  analyticsSettings,
} from '../../../worker/modules/analytics/analytics.tables.ts'
import { expectEachFieldNamed } from '../../helpers/route-guards.ts'
import { call, createTestTenant, type TestTenant } from '../../helpers/tenant.ts'

const DAY_MS = 86_400_000
const dayAgo = (n: number) => new Date(Date.now() - n * DAY_MS).toISOString().slice(0, 10)
const YESTERDAY = dayAgo(1)
const BEFORE = dayAgo(2)

const CLASSIC = {
  name: 'Scan to lead',
  steps: [
    { kind: 'scan', label: 'Scan' },
    { kind: 'view', label: 'View' },
    { kind: 'action', action: 'whatsapp', label: 'WhatsApp click' },
    { kind: 'lead', label: 'Lead' },
  ],
}

interface Ev {
  visitor: string | null
  kind: EventKind
  action?: 'whatsapp' | 'call'
  day?: string
  time: string
  excluded?: Exclusion
  branchId?: string
}

/** Raw events as the pipeline stores them, straight into D1: only what funnels read varies. */
async function seed(t: TestTenant, events: Ev[]) {
  const db = d1(env.DB)
  const rows = events.map((e) => {
    const day = e.day ?? YESTERDAY
    return db.insert(analyticsEvents).values({
      id: newId('analyticsEvent'),
      tenantId: t.tenantId,
      kind: e.kind,
      action: e.action ?? null,
      brandId: t.brandId,
      branchId: e.branchId ?? t.branchId,
      siteId: t.siteId,
      path: '/',
      at: new Date(`${day}T${e.time}Z`),
      day,
      source: 'qr',
      deviceType: 'mobile',
      visitor: e.visitor,
      excluded: e.excluded ?? null,
      batchId: 'seed',
    })
  })
  const [first, ...rest] = rows
  if (first) await db.batch([first, ...rest])
}

/**
 * One journey per visitor, each testing one rule. Scan → View → WhatsApp → Lead over
 * yesterday and the day before:
 * v1 does it all (yesterday) and scan → view the day before (a second visitor-day);
 * v2 scans and views, then views again; v3 views before scanning (order matters);
 * v4's scan is a bot's; v5's view was a prefetch; v6 scans and views in the same millisecond,
 * then calls (not WhatsApp); v7 asked not to be tracked (no hash); v8 scans before midnight and
 * views after it (two visitor-days); vB is on another branch.
 */
const JOURNEYS: Ev[] = [
  { visitor: 'v1', kind: 'scan', time: '10:00:00.000' },
  { visitor: 'v1', kind: 'view', time: '10:01:00.000' },
  { visitor: 'v1', kind: 'action', action: 'whatsapp', time: '10:05:00.000' },
  { visitor: 'v1', kind: 'lead', time: '10:10:00.000' },
  { visitor: 'v1', kind: 'scan', day: BEFORE, time: '09:00:00.000' },
  { visitor: 'v1', kind: 'view', day: BEFORE, time: '09:01:00.000' },
  { visitor: 'v2', kind: 'scan', time: '10:00:00.000' },
  { visitor: 'v2', kind: 'view', time: '10:02:00.000' },
  { visitor: 'v2', kind: 'view', time: '10:03:00.000' },
  { visitor: 'v3', kind: 'view', time: '09:00:00.000' },
  { visitor: 'v3', kind: 'scan', time: '10:00:00.000' },
  { visitor: 'v3', kind: 'action', action: 'whatsapp', time: '10:30:00.000' },
  { visitor: 'v4', kind: 'scan', time: '10:00:00.000', excluded: 'bot' },
  { visitor: 'v4', kind: 'view', time: '10:01:00.000' },
  { visitor: 'v4', kind: 'action', action: 'whatsapp', time: '10:02:00.000' },
  { visitor: 'v5', kind: 'scan', time: '10:00:00.000' },
  { visitor: 'v5', kind: 'view', time: '10:01:00.000', excluded: 'prefetch' },
  { visitor: 'v6', kind: 'scan', time: '11:00:00.000' },
  { visitor: 'v6', kind: 'view', time: '11:00:00.000' },
  { visitor: 'v6', kind: 'action', action: 'call', time: '11:01:00.000' },
  { visitor: null, kind: 'scan', time: '12:00:00.000' },
  { visitor: null, kind: 'view', time: '12:01:00.000' },
  { visitor: 'v8', kind: 'scan', day: BEFORE, time: '23:59:00.000' },
  { visitor: 'v8', kind: 'view', time: '00:01:00.000' },
  { visitor: 'vB', kind: 'scan', time: '13:00:00.000', branchId: 'bra_elsewhere' },
  { visitor: 'vB', kind: 'view', time: '13:01:00.000', branchId: 'bra_elsewhere' },
]

async function funnelOf(t: TestTenant, body: unknown): Promise<string> {
  const res = await t.post('/api/v1/analytics/funnels', body)
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.id
}

const visitorsOf = (body: { steps: { visitors: number }[] }) => body.steps.map((s) => s.visitors)

describe('funnel reports', () => {
  it('counts visitor-days through each step, in order, the same day, without excluded events', async () => {
    const t = await createTestTenant()
    const other = await createTestTenant()
    await seed(t, JOURNEYS)
    // The same hashes in another organisation never count here.
    await seed(other, JOURNEYS)
    const id = await funnelOf(t, CLASSIC)

    const res = await t.get(`/api/v1/analytics/funnels/${id}/report?from=${BEFORE}&to=${YESTERDAY}`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.scope).toEqual({ level: 'tenant', id: t.tenantId, name: '' })
    expect(res.body.period).toEqual({ from: BEFORE, to: YESTERDAY })
    expect(res.body.funnel.id).toBe(id)
    // Scan: v1 ×2 days, v2, v3, v5, v6, v8 (the day before), vB. View after it: v1 ×2, v2, v6, vB.
    expect(res.body.steps).toEqual([
      { label: 'Scan', visitors: 8, dropOff: 0, fromStart: 1 },
      { label: 'View', visitors: 5, dropOff: 0.375, fromStart: 0.625 },
      { label: 'WhatsApp click', visitors: 1, dropOff: 0.8, fromStart: 0.125 },
      { label: 'Lead', visitors: 1, dropOff: 0, fromStart: 0.125 },
    ])

    const branch = await t.get(
      `/api/v1/analytics/funnels/${id}/report?from=${BEFORE}&to=${YESTERDAY}&branchId=${t.branchId}`,
    )
    expect(branch.body.scope.level).toBe('branch')
    expect(branch.body.steps).toEqual([
      { label: 'Scan', visitors: 7, dropOff: 0, fromStart: 1 },
      { label: 'View', visitors: 4, dropOff: 0.4286, fromStart: 0.5714 },
      { label: 'WhatsApp click', visitors: 1, dropOff: 0.75, fromStart: 0.1429 },
      { label: 'Lead', visitors: 1, dropOff: 0, fromStart: 0.1429 },
    ])

    const oneDay = await t.get(`/api/v1/analytics/funnels/${id}/report?from=${YESTERDAY}&to=${YESTERDAY}`)
    expect(visitorsOf(oneDay.body)).toEqual([6, 4, 1, 1])
  })

  it('follows the order of the steps, and never counts one event for two equal steps', async () => {
    const t = await createTestTenant()
    await seed(t, JOURNEYS)
    const viewThenScan = await funnelOf(t, {
      name: 'View then scan',
      steps: [
        { kind: 'view', label: 'View' },
        { kind: 'scan', label: 'Scan' },
      ],
    })
    const twoViews = await funnelOf(t, {
      name: 'Came back',
      steps: [
        { kind: 'view', label: 'First view' },
        { kind: 'view', label: 'Second view' },
      ],
    })
    const range = `from=${YESTERDAY}&to=${YESTERDAY}`
    // Views yesterday: v1, v2, v3, v4, v6, v8, vB. A scan at or after it: v3, v6 (same millisecond).
    const ordered = await t.get(`/api/v1/analytics/funnels/${viewThenScan}/report?${range}`)
    expect(visitorsOf(ordered.body)).toEqual([7, 2])
    const repeated = await t.get(`/api/v1/analytics/funnels/${twoViews}/report?${range}`)
    expect(visitorsOf(repeated.body)).toEqual([7, 1])
  })

  it('downloads the steps as CSV', async () => {
    const t = await createTestTenant()
    await seed(t, JOURNEYS)
    const id = await funnelOf(t, CLASSIC)
    const res = await t.get(
      `/api/v1/analytics/funnels/${id}/report?from=${BEFORE}&to=${YESTERDAY}&format=csv`,
    )
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/csv')
    expect(res.headers.get('content-disposition')).toContain(
      `analytics-funnel-${id}-${BEFORE}-${YESTERDAY}.csv`,
    )
    expect(res.body.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
      '"step","label","kind","action","visitors","drop_off","from_start"',
      '"1","Scan","scan","","8","0","1"',
      '"2","View","view","","5","0.375","0.625"',
      '"3","WhatsApp click","action","whatsapp","1","0.8","0.125"',
      '"4","Lead","lead","","1","0","0.125"',
      '',
    ])
  })

  it('refuses a range reaching past the raw-event retention, and cuts the default range to it', async () => {
    const t = await createTestTenant()
    await d1(env.DB)
      .insert(analyticsSettings)
      .values({ tenantId: t.tenantId, retentionDays: 7, updatedAt: new Date() })
    const id = await funnelOf(t, CLASSIC)
    const refused = await t.get(`/api/v1/analytics/funnels/${id}/report?from=${dayAgo(7)}`)
    expect(refused.status).toBe(400)
    expect(refused.body.detail).toContain('Raw events are kept 7 days')
    expect(refused.body.errors).toEqual([{ path: 'from', message: expect.stringContaining('kept 7 days') }])

    const oldest = await t.get(`/api/v1/analytics/funnels/${id}/report?from=${dayAgo(6)}`)
    expect(oldest.status).toBe(200)
    const byDefault = await t.get(`/api/v1/analytics/funnels/${id}/report`)
    expect(byDefault.status).toBe(200)
    expect(byDefault.body.period).toEqual({ from: dayAgo(6), to: dayAgo(0) })
    expect(visitorsOf(byDefault.body)).toEqual([0, 0, 0, 0])
    expect(byDefault.body.steps[1]).toEqual({ label: 'View', visitors: 0, dropOff: 0, fromStart: 0 })

    const defaults = await createTestTenant()
    const kept90 = await funnelOf(defaults, CLASSIC)
    const old = await defaults.get(
      `/api/v1/analytics/funnels/${kept90}/report?from=${dayAgo(90)}&to=${dayAgo(80)}`,
    )
    expect(old.status).toBe(400)
    expect(old.body.detail).toContain('Raw events are kept 90 days')
    const reversed = await defaults.get(
      `/api/v1/analytics/funnels/${kept90}/report?from=${dayAgo(1)}&to=${dayAgo(3)}`,
    )
    expect(reversed.status).toBe(400)
    expect(reversed.body.errors[0].path).toBe('from')
  })
})

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
