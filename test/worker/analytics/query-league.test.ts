import { beforeAll, describe, expect, it } from 'vitest'
import { expectEachFieldNamed } from '../../helpers/route-guards.ts'
import { createTestTenant, type TestTenant } from '../../helpers/tenant.ts'
import { addMember } from '../team/team-helpers.ts'
import { csvCells, insertBranch, insertBrand, seedFacts } from './query-helpers.ts'

const RANGE = 'from=2025-07-10&to=2025-07-14'
const names = (res: { body: { rows: { name: string }[] } }) => res.body.rows.map((r) => r.name)

describe('analytics league', () => {
  let t: TestTenant
  let ids: Record<'harbour' | 'canal' | 'esplanade' | 'dock' | 'xavier' | 'otherBrand', string>
  beforeAll(async () => {
    t = await createTestTenant()
    const otherBrand = await insertBrand(t.tenantId, 'Other')
    ids = {
      harbour: await insertBranch(t, 'Harbour'),
      canal: await insertBranch(t, 'Canal'),
      // Closed: one without visitors in the period (left out), one with (kept).
      dock: await insertBranch(t, 'Dock', { archived: true }),
      esplanade: await insertBranch(t, 'Esplanade', { archived: true }),
      xavier: await insertBranch(t, 'Xavier Square', { brandId: otherBrand }),
      otherBrand,
    }
    const of = (branchId: string, brandId = t.brandId) => [t.tenantId, brandId, branchId]
    await seedFacts(t.tenantId, [
      { at: '2025-07-10T10:00:00Z', scopes: of(t.branchId), views: 10, visitors: 8, scans: 2, leads: 1 },
      { at: '2025-07-12T10:00:00Z', scopes: of(t.branchId), actions: 4 },
      { at: '2025-07-06T10:00:00Z', scopes: of(t.branchId), views: 3, scans: 1, visitors: 2 },
      { at: '2025-07-15T10:00:00Z', scopes: of(t.branchId), views: 99, visitors: 99 },
      { at: '2025-07-11T10:00:00Z', scopes: of(ids.harbour), views: 6, visitors: 5, scans: 10, leads: 2 },
      { at: '2025-07-09T10:00:00Z', scopes: of(ids.harbour), views: 20, visitors: 20 },
      { at: '2025-07-13T10:00:00Z', scopes: of(ids.esplanade), views: 1, visitors: 1 },
      { at: '2025-07-10T10:00:00Z', scopes: of(ids.xavier, otherBrand), views: 30, visitors: 10 },
      // Only excluded traffic: the closed Dock still has nothing to show.
      { at: '2025-07-10T10:00:00Z', scopes: of(ids.dock), excluded: 5 },
    ])
  })

  it("ranks every branch of the brand by views, with the period before's views + scans", async () => {
    const res = await t.get(`/api/v1/analytics/league?${RANGE}&brandId=${t.brandId}`)
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      scope: { level: 'brand', id: t.brandId, name: expect.any(String) },
      period: { from: '2025-07-10', to: '2025-07-14' },
      rows: [
        {
          branchId: t.branchId,
          name: 'Main Street',
          brandId: t.brandId,
          visitors: 8,
          views: 10,
          actions: 4,
          scans: 2,
          leads: 1,
          conversionRate: 0.125,
          previous: 4,
        },
        {
          branchId: ids.harbour,
          name: 'Harbour',
          brandId: t.brandId,
          visitors: 5,
          views: 6,
          actions: 0,
          scans: 10,
          leads: 2,
          conversionRate: 0.4,
          previous: 20,
        },
        {
          branchId: ids.esplanade,
          name: 'Esplanade',
          brandId: t.brandId,
          visitors: 1,
          views: 1,
          actions: 0,
          scans: 0,
          leads: 0,
          conversionRate: 0,
          previous: 0,
        },
        {
          branchId: ids.canal,
          name: 'Canal',
          brandId: t.brandId,
          visitors: 0,
          views: 0,
          actions: 0,
          scans: 0,
          leads: 0,
          conversionRate: 0,
          previous: 0,
        },
      ],
    })
  })

  it('sorts by any figure, ties by name', async () => {
    const sorted = (sort: string) =>
      t.get(`/api/v1/analytics/league?${RANGE}&brandId=${t.brandId}&sort=${sort}`)
    expect(names(await sorted('scans'))).toEqual(['Harbour', 'Main Street', 'Canal', 'Esplanade'])
    expect(names(await sorted('leads'))).toEqual(['Harbour', 'Main Street', 'Canal', 'Esplanade'])
    expect(names(await sorted('conversionRate'))).toEqual(['Harbour', 'Main Street', 'Canal', 'Esplanade'])
    expect(names(await sorted('visitors'))).toEqual(['Main Street', 'Harbour', 'Esplanade', 'Canal'])
  })

  it('spans every brand for the organisation; no comparison with compare=none', async () => {
    const res = await t.get(`/api/v1/analytics/league?${RANGE}&compare=none`)
    expect(res.status).toBe(200)
    expect(names(res)).toEqual(['Xavier Square', 'Main Street', 'Harbour', 'Esplanade', 'Canal'])
    expect(res.body.rows[0]).toMatchObject({ brandId: ids.otherBrand, views: 30, previous: null })
    expect(res.body.rows.every((r: { previous: number | null }) => r.previous === null)).toBe(true)
  })

  it('shows a member limited to branches only theirs', async () => {
    const manager = await addMember(t, 'manager', { branchIds: [t.branchId] })
    expect(names(await manager.get(`/api/v1/analytics/league?${RANGE}`))).toEqual(['Main Street'])
    expect(names(await manager.get(`/api/v1/analytics/league?${RANGE}&brandId=${t.brandId}`))).toEqual([
      'Main Street',
    ])
    const elsewhere = await manager.get(`/api/v1/analytics/league?${RANGE}&brandId=${ids.otherBrand}`)
    expect(elsewhere.status).toBe(403)
  })

  it('downloads the same rows as CSV', async () => {
    const res = await t.get(`/api/v1/analytics/league?${RANGE}&brandId=${t.brandId}&format=csv`)
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="analytics-league-2025-07-10-2025-07-14.csv"',
    )
    expect(csvCells(res.body)).toEqual([
      [
        'branch_id',
        'name',
        'brand_id',
        'visitors',
        'views',
        'actions',
        'scans',
        'leads',
        'conversion_rate',
        'previous',
      ],
      [t.branchId, 'Main Street', t.brandId, '8', '10', '4', '2', '1', '0.125', '4'],
      [ids.harbour, 'Harbour', t.brandId, '5', '6', '0', '10', '2', '0.4', '20'],
      [ids.esplanade, 'Esplanade', t.brandId, '1', '1', '0', '0', '0', '0', '0'],
      [ids.canal, 'Canal', t.brandId, '0', '0', '0', '0', '0', '0', '0'],
    ])
    const plain = csvCells((await t.get(`/api/v1/analytics/league?${RANGE}&compare=none&format=csv`)).body)
    expect(plain[1]!.at(-1)).toBe('')
  })

  it('refuses an unknown sort, naming it', async () => {
    await expectEachFieldNamed(
      [['GET', `/api/v1/analytics/league?${RANGE}&sort=revenue`, undefined, 'sort']],
      t.token,
    )
  })
})
