// Funnel reports: visitor-days counted through each step in order and on the same day, without
// excluded events or other organisations' and branches' events; the CSV download; and ranges
// limited by the raw-event retention.
import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { d1 } from '../../../worker/lib/d1.ts'
import { analyticsSettings } from '../../../worker/modules/analytics/analytics.tables.ts'
import { createTestTenant } from '../../helpers/tenant.ts'
import {
  BEFORE,
  CLASSIC,
  dayAgo,
  funnelOf,
  JOURNEYS,
  seed,
  visitorsOf,
  YESTERDAY,
} from './funnels-helpers.ts'

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
