import { beforeAll, describe, expect, it } from 'vitest'
import { expectEachFieldNamed } from '../../helpers/route-guards.ts'
import { createTestTenant, type TestTenant } from '../../helpers/tenant.ts'
import { csvCells, countRow as row, seedFacts } from './query-helpers.ts'

const RANGE = 'from=2025-06-01&to=2025-06-03'
const FORMULA = '=HYPERLINK("http://evil.example")'

describe('analytics breakdown', () => {
  let t: TestTenant
  beforeAll(async () => {
    t = await createTestTenant()
    const scopes = [t.tenantId, t.brandId, t.branchId]
    const campaign = (at: string, value: string, counts: object) => ({
      at: `${at}T12:00:00Z`,
      scopes,
      ...counts,
      dims: { campaign: value, path: '/menu' },
    })
    await seedFacts(t.tenantId, [
      campaign('2025-06-01', 'summer', { views: 5 }),
      campaign('2025-06-03', 'summer', { views: 2 }),
      campaign('2025-06-02', 'winter', { scans: 4, leads: 1 }),
      campaign('2025-06-02', 'spring', { views: 4, actions: 3 }),
      campaign('2025-06-01', 'autumn', { views: 4 }),
      campaign('2025-06-03', '', { views: 2 }),
      campaign('2025-06-03', FORMULA, { views: 1 }),
      // Outside the period.
      campaign('2025-05-31', 'old', { views: 9 }),
      campaign('2025-06-04', 'summer', { views: 9 }),
      // A value only excluded traffic carried counts in nothing here.
      campaign('2025-06-02', 'ghost', { excluded: 3 }),
    ])
  })

  it('lists the values by views + scans, then leads, then actions, then name', async () => {
    const res = await t.get(`/api/v1/analytics/breakdown?${RANGE}&dimension=campaign`)
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      scope: { level: 'tenant', id: t.tenantId, name: '' },
      period: { from: '2025-06-01', to: '2025-06-03' },
      dimension: 'campaign',
      rows: [
        row('summer', 7, 0, 0, 0),
        row('winter', 0, 0, 4, 1),
        row('spring', 4, 3, 0, 0),
        row('autumn', 4, 0, 0, 0),
        row('', 2, 0, 0, 0),
        row(FORMULA, 1, 0, 0, 0),
      ],
    })
    const paths = await t.get(`/api/v1/analytics/breakdown?${RANGE}&dimension=path&branchId=${t.branchId}`)
    expect(paths.body.rows).toEqual([row('/menu', 18, 3, 4, 1)])
  })

  it('stops at the limit', async () => {
    const res = await t.get(`/api/v1/analytics/breakdown?${RANGE}&dimension=campaign&limit=2`)
    expect(res.body.rows.map((r: { value: string }) => r.value)).toEqual(['summer', 'winter'])
  })

  it('downloads the same rows as CSV, formulas defused', async () => {
    const json = (await t.get(`/api/v1/analytics/breakdown?${RANGE}&dimension=campaign`)).body
    const res = await t.get(`/api/v1/analytics/breakdown?${RANGE}&dimension=campaign&format=csv`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="analytics-breakdown-campaign-2025-06-01-2025-06-03.csv"',
    )
    const [header, ...rows] = csvCells(res.body)
    expect(header).toEqual(['campaign', 'views', 'actions', 'scans', 'leads'])
    const defused = (value: string) => (value.startsWith('=') ? `'${value}` : value)
    expect(rows).toEqual(
      json.rows.map((r: ReturnType<typeof row>) => [
        defused(r.value),
        ...[r.views, r.actions, r.scans, r.leads].map(String),
      ]),
    )
    expect(rows.at(-1)).toEqual([`'${FORMULA}`, '1', '0', '0', '0'])
  })

  it('refuses an unknown dimension, the excluded one and a bad limit, naming the field', async () => {
    const base = `/api/v1/analytics/breakdown?${RANGE}`
    await expectEachFieldNamed(
      [
        ['GET', `${base}&dimension=shoe-size`, undefined, 'dimension'],
        ['GET', `${base}&dimension=excluded`, undefined, 'dimension'],
        ['GET', `${base}&dimension=total`, undefined, 'dimension'],
        ['GET', base, undefined, 'dimension'],
        ['GET', `${base}&dimension=source&limit=501`, undefined, 'limit'],
        ['GET', `${base}&dimension=source&limit=0`, undefined, 'limit'],
        ['GET', `${base}&dimension=source&limit=ten`, undefined, 'limit'],
      ],
      t.token,
    )
  })
})
