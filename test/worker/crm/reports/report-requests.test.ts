// What every report refuses or narrows whatever its data: bad ranges and formats, ids of
// other tenants and branches, no session; and what the filters offer.
import { describe, expect, it } from 'vitest'
import { call, createTestTenant } from '../../../helpers/tenant.ts'
import { addBranch, addMember, reportDb, seedPipeline } from './report-fixtures.ts'

const REPORTS = ['sales', 'pipeline', 'growth', 'activity', 'win-loss'] as const

describe('report requests', () => {
  it('refuses a backwards, too long or impossible range, naming the field', async () => {
    const t = await createTestTenant()
    for (const report of REPORTS) {
      const backwards = await t.get(`/api/v1/crm/reports/${report}?from=2025-03-01&to=2025-02-01`)
      expect(backwards.status).toBe(400)
      expect(backwards.body.code).toBe('BAD_REQUEST')
      expect(backwards.body.errors).toEqual([{ path: 'from', message: '`from` must not be after `to`' }])
      const long = await t.get(`/api/v1/crm/reports/${report}?from=2023-01-01&to=2025-01-02`)
      expect(long.status).toBe(400)
      expect(long.body.errors[0].path).toBe('to')
    }
    const twoYears = await t.get('/api/v1/crm/reports/sales?from=2023-01-01&to=2024-12-31')
    expect(twoYears.status).toBe(200)
    expect(twoYears.body.periods).toHaveLength(24)
    const impossible = await t.get('/api/v1/crm/reports/sales?from=2025-02-30')
    expect(impossible.status).toBe(400)
    expect(JSON.stringify(impossible.body.errors)).toContain('from')
    const format = await t.get('/api/v1/crm/reports/forecast?format=pdf')
    expect(format.status).toBe(400)
    expect(JSON.stringify(format.body.errors)).toContain('format')
  })

  it('defaults to the last 90 days, counted per week', async () => {
    const t = await createTestTenant()
    const res = await t.get('/api/v1/crm/reports/growth')
    expect(res.status).toBe(200)
    const to = new Date().toISOString().slice(0, 10)
    const from = new Date(Date.parse(`${to}T00:00:00Z`) - 89 * 86_400_000).toISOString().slice(0, 10)
    expect(res.body).toMatchObject({ from, to, period: 'week', timeZone: 'UTC' })
    expect(res.body.totals).toEqual({ before: 0, newContacts: 0, atEnd: 0 })
  })

  it('404s a branch or pipeline of another tenant, and asks for a session', async () => {
    const t = await createTestTenant()
    const other = await createTestTenant()
    const db = reportDb(other)
    try {
      const { pipelineId } = await seedPipeline(db, other)
      for (const report of [...REPORTS, 'forecast']) {
        expect((await t.get(`/api/v1/crm/reports/${report}?branchId=${other.branchId}`)).status).toBe(404)
      }
      expect((await t.get(`/api/v1/crm/reports/sales?pipelineId=${pipelineId}`)).status).toBe(404)
      expect((await t.get(`/api/v1/crm/reports/forecast?pipelineId=${pipelineId}`)).status).toBe(404)
      expect((await call('/api/v1/crm/reports/sales')).status).toBe(401)
    } finally {
      await db.close()
    }
  })

  it('offers pipelines, the branches a member may see, and members by name', async () => {
    const t = await createTestTenant()
    const db = reportDb(t)
    try {
      const harbour = await addBranch(t, 'Harbour')
      const { pipelineId } = await seedPipeline(db, t)
      const viewer = await addMember(t, 'viewer', { name: 'Vera', branchIds: [harbour] })
      const res = await viewer.get('/api/v1/crm/reports/choices')
      expect(res.status).toBe(200)
      expect(res.body.pipelines).toEqual([{ id: pipelineId, name: 'Sales', isDefault: true }])
      expect(res.body.branches).toEqual([{ id: harbour, name: 'Harbour' }])
      expect(res.body.owners.map((o: { id: string }) => o.id)).toEqual(
        expect.arrayContaining([t.userId, viewer.userId]),
      )
      expect((await viewer.get(`/api/v1/crm/reports/sales?branchId=${t.branchId}`)).status).toBe(404)
      expect((await viewer.get(`/api/v1/crm/reports/sales?branchId=${harbour}`)).status).toBe(200)
    } finally {
      await db.close()
    }
  })
})
