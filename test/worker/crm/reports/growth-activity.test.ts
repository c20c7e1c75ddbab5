// Contact growth and activity in the first quarter of 2025, counted by hand: contacts before,
// in and after the range (one deleted); activities people logged, completed and let slip, and
// system entries the report leaves out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestTenant, type TestTenant } from '../../../helpers/tenant.ts'
import {
  addBranch,
  addMember,
  at,
  csvLines,
  type ReportDb,
  reportDb,
  seedActivity,
  seedContact,
} from './report-fixtures.ts'

let t: TestTenant
let db: ReportDb
let bea: Awaited<ReturnType<typeof addMember>>
let harbour: string
const RANGE = 'from=2025-01-01&to=2025-03-31&period=month'

beforeAll(async () => {
  t = await createTestTenant()
  db = reportDb(t)
  bea = await addMember(t, 'agent', { name: 'Bea' })
  harbour = await addBranch(t, 'Harbour')
  const contact = (createdAt: string, source: string | null, lifecycleStage = 'lead' as const, extra = {}) =>
    seedContact(db, t, { createdAt: at(createdAt), source, lifecycleStage, ...extra })
  await contact('2024-11-01', 'import')
  await contact('2024-12-15', 'microsite_form')
  const jan = await contact('2025-01-03', 'microsite_form')
  await contact('2025-01-20', 'microsite_form')
  await seedContact(db, t, { createdAt: at('2025-01-31'), source: 'import', lifecycleStage: 'customer' })
  await contact('2025-02-10', null)
  await contact('2025-02-11', 'import', 'lead', { deleted: true })
  await seedContact(db, t, { createdAt: at('2025-03-02'), source: 'import', lifecycleStage: 'qualified' })
  await contact('2025-03-30', 'microsite_form', 'lead', { branchId: harbour })
  await contact('2025-04-02', 'import')

  const activity = (a: Omit<Parameters<typeof seedActivity>[2], 'contactId'>) =>
    seedActivity(db, t, { contactId: jan, ...a })
  const me = t.userId
  await activity({ type: 'note', createdAt: at('2025-01-10'), createdByUserId: me })
  await activity({ type: 'call', createdAt: at('2025-01-12'), createdByUserId: me })
  await activity({
    type: 'task',
    createdAt: at('2025-02-01'),
    createdByUserId: me,
    assigneeUserId: bea.userId,
    dueAt: at('2025-02-05'),
    completedAt: at('2025-02-03'),
    completedByUserId: bea.userId,
  })
  // Bea's own task, never done: overdue now.
  await activity({
    type: 'task',
    createdAt: at('2025-03-05'),
    createdByUserId: bea.userId,
    assigneeUserId: bea.userId,
    dueAt: at('2025-03-06'),
  })
  // Done after the range: created in it, not completed in it.
  await activity({
    type: 'task',
    createdAt: at('2025-03-10'),
    createdByUserId: me,
    assigneeUserId: me,
    completedAt: at('2025-04-02'),
    completedByUserId: me,
  })
  // Due tomorrow: not overdue.
  await activity({
    type: 'task',
    createdAt: at('2025-03-20'),
    createdByUserId: me,
    assigneeUserId: me,
    dueAt: new Date(Date.now() + 86_400_000),
  })
  await activity({ type: 'stage_change', createdAt: at('2025-01-15'), createdByUserId: me })
  await activity({ type: 'note', createdAt: at('2025-01-16'), createdByUserId: me, deleted: true })
})

afterAll(() => db?.close())

describe('GET /crm/reports/growth', () => {
  it('counts new contacts per month by source and lifecycle stage, with the running total', async () => {
    const res = await t.get(`/api/v1/crm/reports/growth?${RANGE}`)
    expect(res.status).toBe(200)
    const r = res.body
    expect(r.totals).toEqual({ before: 2, newContacts: 6, atEnd: 8 })
    expect(r.series).toEqual([
      { period: '2025-01-01', newContacts: 3, cumulative: 5 },
      { period: '2025-02-01', newContacts: 1, cumulative: 6 },
      { period: '2025-03-01', newContacts: 2, cumulative: 8 },
    ])
    expect(r.sources).toEqual([
      { source: 'microsite_form', count: 3 },
      { source: 'import', count: 2 },
      { source: null, count: 1 },
    ])
    expect(r.lifecycleStages).toEqual(
      expect.arrayContaining([
        { lifecycleStage: 'lead', count: 4 },
        { lifecycleStage: 'customer', count: 1 },
        { lifecycleStage: 'qualified', count: 1 },
      ]),
    )
    expect(r.bySource).toContainEqual({ period: '2025-01-01', source: 'microsite_form', count: 2 })
    expect(r.byLifecycle).toContainEqual({ period: '2025-03-01', lifecycleStage: 'qualified', count: 1 })
  })

  it('narrows to a branch and exports the per-period table', async () => {
    const harbourOnly = await t.get(`/api/v1/crm/reports/growth?${RANGE}&branchId=${harbour}`)
    expect(harbourOnly.body.totals).toEqual({ before: 0, newContacts: 1, atEnd: 1 })
    const csv = await t.get(`/api/v1/crm/reports/growth?${RANGE}&format=csv`)
    expect(csvLines(csv.body)).toEqual([
      '"Period start","New contacts","Total contacts"',
      '"2025-01-01","3","5"',
      '"2025-02-01","1","6"',
      '"2025-03-01","2","8"',
    ])
  })
})

describe('GET /crm/reports/activity', () => {
  it('counts what members logged and completed, and what is overdue now', async () => {
    const res = await t.get(`/api/v1/crm/reports/activity?${RANGE}`)
    expect(res.status).toBe(200)
    const r = res.body
    expect(r.totals).toEqual({ created: 6, completed: 1, overdue: 1 })
    expect(r.byType).toEqual([
      { type: 'note', created: 1, completed: 0 },
      { type: 'task', created: 4, completed: 1 },
      { type: 'call', created: 1, completed: 0 },
      { type: 'meeting', created: 0, completed: 0 },
      { type: 'email', created: 0, completed: 0 },
      { type: 'whatsapp', created: 0, completed: 0 },
    ])
    expect(r.rows).toEqual([
      { userId: t.userId, name: expect.any(String), created: 5, completed: 0, overdue: 0 },
      { userId: bea.userId, name: 'Bea', created: 1, completed: 1, overdue: 1 },
    ])
    expect(r.series).toContainEqual({ period: '2025-02-01', type: 'task', created: 1, completed: 1 })
    expect(r.series).toContainEqual({ period: '2025-03-01', type: 'task', created: 3, completed: 0 })
    expect(r.series).toHaveLength(3 * 6)
  })

  it("narrows every count to one member's part", async () => {
    const res = await t.get(`/api/v1/crm/reports/activity?${RANGE}&ownerUserId=${bea.userId}`)
    expect(res.body.totals).toEqual({ created: 1, completed: 1, overdue: 1 })
    expect(res.body.rows).toEqual([{ userId: bea.userId, name: 'Bea', created: 1, completed: 1, overdue: 1 }])
  })
})
