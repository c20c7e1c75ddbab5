import { beforeAll, describe, expect, it } from 'vitest'
import { createTestTenant, type TestTenant } from '../../helpers/tenant.ts'
import { addMember } from '../team/team-helpers.ts'
import {
  csvCells,
  type Fact,
  insertBranch,
  countRow as row,
  seedFacts,
  startsWithBom,
} from './query-helpers.ts'

const RANGE = 'from=2025-03-08&to=2025-03-12'
const zero = (day: string) => ({ day, visitors: 0, views: 0, actions: 0, scans: 0, leads: 0 })

/**
 * Main Street (A) and the Harbour (H) of one brand, plus a brand-only and an organisation-only
 * event; 8–12 March 2025 against 3–7 March, and events just outside both that must not count.
 */
async function seed() {
  const t = await createTestTenant()
  const harbour = await insertBranch(t, 'Harbour')
  const A = [t.tenantId, t.brandId, t.branchId]
  const H = [t.tenantId, t.brandId, harbour]
  const B = [t.tenantId, t.brandId]
  const none = { referrer: '', campaign: '', placement: '' }
  const facts: Fact[] = [
    {
      at: '2025-03-09T10:00:00Z',
      scopes: A,
      views: 3,
      visitors: 2,
      dims: {
        source: 'google',
        referrer: 'google.com',
        campaign: 'spring',
        country: 'FR',
        city: 'Paris, FR',
        device: 'mobile',
        placement: '',
      },
    },
    {
      at: '2025-03-09T11:00:00Z',
      scopes: A,
      views: 1,
      scans: 1,
      visitors: 1,
      dims: {
        ...none,
        source: 'qr',
        country: 'FR',
        city: 'Lyon, FR',
        device: 'mobile',
        placement: 'table 4',
      },
    },
    {
      at: '2025-03-09T12:00:00Z',
      scopes: A,
      actions: 1,
      dims: { action: 'call', source: 'google', device: 'mobile' },
    },
    {
      at: '2025-03-09T12:30:00Z',
      scopes: A,
      actions: 1,
      dims: { action: 'whatsapp', source: 'qr', device: 'mobile' },
    },
    {
      at: '2025-03-09T13:00:00Z',
      scopes: A,
      leads: 1,
      dims: { source: 'google', campaign: 'spring', device: 'mobile' },
    },
    { at: '2025-03-09T14:00:00Z', scopes: A, excluded: 1, dims: { excluded: 'bot' } },
    { at: '2025-03-09T15:00:00Z', scopes: A, excluded: 1, dims: { excluded: 'preview' } },
    {
      at: '2025-03-10T10:00:00Z',
      scopes: [t.tenantId],
      views: 2,
      visitors: 1,
      dims: { ...none, source: 'direct', country: '', city: '', device: 'desktop' },
    },
    {
      at: '2025-03-11T09:00:00Z',
      scopes: H,
      views: 2,
      scans: 2,
      visitors: 2,
      dims: {
        ...none,
        source: 'qr',
        country: 'ES',
        city: 'Madrid, ES',
        device: 'desktop',
        placement: 'window',
      },
    },
    {
      at: '2025-03-11T18:00:00Z',
      scopes: H,
      views: 1,
      visitors: 1,
      dims: {
        source: 'facebook.com',
        referrer: 'facebook.com',
        campaign: '',
        country: '',
        city: '',
        device: 'tablet',
      },
    },
    {
      at: '2025-03-12T08:00:00Z',
      scopes: B,
      views: 1,
      visitors: 1,
      dims: { source: 'direct', referrer: '', country: 'FR', city: 'Paris, FR', device: 'desktop' },
    },
    // Outside both periods.
    { at: '2025-03-13T08:00:00Z', scopes: A, views: 100, visitors: 50, dims: { source: 'google' } },
    { at: '2025-03-02T08:00:00Z', scopes: A, views: 50, visitors: 20, dims: { source: 'google' } },
    // The period before.
    { at: '2025-03-05T10:00:00Z', scopes: A, views: 4, visitors: 2, dims: { source: 'google' } },
    { at: '2025-03-05T11:00:00Z', scopes: A, actions: 1, dims: { action: 'call', source: 'google' } },
    { at: '2025-03-05T12:00:00Z', scopes: A, excluded: 3, dims: { excluded: 'bot' } },
    { at: '2025-03-07T10:00:00Z', scopes: H, leads: 1, visitors: 1, dims: { source: 'qr' } },
  ]
  await seedFacts(t.tenantId, facts)
  // Another organisation's numbers on the same days must never show.
  const other = await createTestTenant()
  await seedFacts(other.tenantId, [
    {
      at: '2025-03-09T10:00:00Z',
      scopes: [other.tenantId, other.brandId, other.branchId],
      views: 9,
      visitors: 9,
    },
  ])
  return { t, harbour }
}

const previousSeries = [
  zero('2025-03-03'),
  zero('2025-03-04'),
  { day: '2025-03-05', visitors: 2, views: 4, actions: 1, scans: 0, leads: 0 },
  zero('2025-03-06'),
  { day: '2025-03-07', visitors: 1, views: 0, actions: 0, scans: 0, leads: 1 },
]
const previousTotals = {
  visitors: 3,
  views: 4,
  actions: 1,
  scans: 0,
  leads: 1,
  conversionRate: 0.3333,
  excluded: 3,
}
const actions = [
  { type: 'call', count: 1, previous: 1 },
  { type: 'whatsapp', count: 1, previous: 0 },
  ...['email', 'directions', 'save_contact', 'section_view', 'outbound', 'form_start', 'form_submit'].map(
    (type) => ({ type, count: 0, previous: 0 }),
  ),
]
const excluded = [
  { reason: 'bot', count: 1 },
  { reason: 'head', count: 0 },
  { reason: 'prefetch', count: 0 },
  { reason: 'unfurl', count: 0 },
  { reason: 'preview', count: 1 },
]

describe('analytics overview', () => {
  let t: TestTenant
  let harbour: string
  beforeAll(async () => {
    ;({ t, harbour } = await seed())
  })

  it('sums the organisation: totals, every day, the period before, actions, exclusions and tops', async () => {
    const res = await t.get(`/api/v1/analytics/overview?${RANGE}`)
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      scope: { level: 'tenant', id: t.tenantId, name: '' },
      period: { from: '2025-03-08', to: '2025-03-12' },
      previousPeriod: { from: '2025-03-03', to: '2025-03-07' },
      totals: { visitors: 8, views: 10, actions: 2, scans: 3, leads: 1, conversionRate: 0.125, excluded: 2 },
      previousTotals,
      series: [
        zero('2025-03-08'),
        { day: '2025-03-09', visitors: 3, views: 4, actions: 2, scans: 1, leads: 1 },
        { day: '2025-03-10', visitors: 1, views: 2, actions: 0, scans: 0, leads: 0 },
        { day: '2025-03-11', visitors: 3, views: 3, actions: 0, scans: 2, leads: 0 },
        { day: '2025-03-12', visitors: 1, views: 1, actions: 0, scans: 0, leads: 0 },
      ],
      previousSeries,
      actions,
      excluded,
      top: {
        sources: [
          row('qr', 3, 1, 3, 0),
          row('google', 3, 1, 0, 1),
          row('direct', 3, 0, 0, 0),
          row('facebook.com', 1, 0, 0, 0),
        ],
        referrers: [row('', 6, 0, 3, 0), row('google.com', 3, 0, 0, 0), row('facebook.com', 1, 0, 0, 0)],
        campaigns: [row('', 6, 0, 3, 0), row('spring', 3, 0, 0, 1)],
        countries: [row('FR', 5, 0, 1, 0), row('ES', 2, 0, 2, 0), row('', 3, 0, 0, 0)],
        cities: [
          row('Madrid, ES', 2, 0, 2, 0),
          row('Paris, FR', 4, 0, 0, 0),
          row('', 3, 0, 0, 0),
          row('Lyon, FR', 1, 0, 1, 0),
        ],
        devices: [row('desktop', 5, 0, 2, 0), row('mobile', 4, 2, 1, 1), row('tablet', 1, 0, 0, 0)],
        placements: [row('', 5, 0, 0, 0), row('window', 2, 0, 2, 0), row('table 4', 1, 0, 1, 0)],
      },
    })
  })

  it('reads a brand from its own rollups, without the organisation-only event', async () => {
    const res = await t.get(`/api/v1/analytics/overview?${RANGE}&brandId=${t.brandId}`)
    expect(res.status).toBe(200)
    expect(res.body.scope).toEqual({ level: 'brand', id: t.brandId, name: expect.stringMatching(/^Brand /) })
    expect(res.body.totals).toEqual({
      visitors: 7,
      views: 8,
      actions: 2,
      scans: 3,
      leads: 1,
      conversionRate: 0.1429,
      excluded: 2,
    })
    expect(res.body.series[2]).toEqual(zero('2025-03-10'))
    expect(res.body.top.sources).toEqual([
      row('qr', 3, 1, 3, 0),
      row('google', 3, 1, 0, 1),
      row('direct', 1, 0, 0, 0),
      row('facebook.com', 1, 0, 0, 0),
    ])
  })

  it('reads one branch, by id or by its site', async () => {
    const harbourRes = await t.get(`/api/v1/analytics/overview?${RANGE}&branchId=${harbour}`)
    expect(harbourRes.status).toBe(200)
    expect(harbourRes.body.scope).toEqual({ level: 'branch', id: harbour, name: 'Harbour' })
    expect(harbourRes.body.totals).toEqual({
      visitors: 3,
      views: 3,
      actions: 0,
      scans: 2,
      leads: 0,
      conversionRate: 0,
      excluded: 0,
    })
    expect(harbourRes.body.previousTotals).toMatchObject({ visitors: 1, leads: 1, conversionRate: 1 })
    const bySite = await t.get(`/api/v1/analytics/overview?${RANGE}&siteId=${t.siteId}`)
    expect(bySite.body.scope).toEqual({ level: 'branch', id: t.branchId, name: 'Main Street' })
    expect(bySite.body.totals).toEqual({
      visitors: 3,
      views: 4,
      actions: 2,
      scans: 1,
      leads: 1,
      conversionRate: 0.3333,
      excluded: 2,
    })
  })

  it('gives a member limited to a branch that branch only, even for the organisation', async () => {
    const manager = await addMember(t, 'manager', { branchIds: [t.branchId] })
    const mine = await manager.get(`/api/v1/analytics/overview?${RANGE}`)
    expect(mine.status).toBe(200)
    expect(mine.body.totals).toMatchObject({ visitors: 3, views: 4, scans: 1, leads: 1 })
    expect(mine.body.previousTotals).toMatchObject({ visitors: 2, views: 4, leads: 0 })
    expect(mine.body.top.placements).toEqual([row('', 3, 0, 0, 0), row('table 4', 1, 0, 1, 0)])
  })

  it('leaves the comparison out with compare=none', async () => {
    const res = await t.get(`/api/v1/analytics/overview?${RANGE}&compare=none`)
    expect(res.status).toBe(200)
    expect(res.body.previousPeriod).toBeNull()
    expect(res.body.previousTotals).toBeNull()
    expect(res.body.previousSeries).toBeNull()
    expect(res.body.actions[0]).toEqual({ type: 'call', count: 1, previous: null })
    expect(res.body.totals.views).toBe(10)
  })

  it('downloads the daily series as CSV with the same numbers, the period before alongside', async () => {
    const json = (await t.get(`/api/v1/analytics/overview?${RANGE}`)).body
    const res = await t.get(`/api/v1/analytics/overview?${RANGE}&format=csv`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="analytics-overview-2025-03-08-2025-03-12.csv"',
    )
    expect(await startsWithBom(`/api/v1/analytics/overview?${RANGE}&format=csv`, t.token)).toBe(true)
    const keys = ['day', 'visitors', 'views', 'actions', 'scans', 'leads'] as const
    const [header, ...rows] = csvCells(res.body)
    expect(header).toEqual([
      ...keys,
      'previous_day',
      'previous_visitors',
      'previous_views',
      'previous_actions',
      'previous_scans',
      'previous_leads',
    ])
    expect(rows).toEqual(
      json.series.map((p: Record<string, unknown>, i: number) =>
        [...keys.map((k) => p[k]), ...keys.map((k) => json.previousSeries[i][k])].map(String),
      ),
    )
    expect(rows[1]).toEqual(['2025-03-09', '3', '4', '2', '1', '1', '2025-03-04', '0', '0', '0', '0', '0'])
    const plain = csvCells((await t.get(`/api/v1/analytics/overview?${RANGE}&format=csv&compare=none`)).body)
    expect(plain[0]).toEqual([...keys])
    expect(plain).toHaveLength(6)
  })

  it('keeps ten values per top list', async () => {
    const u = await createTestTenant()
    await seedFacts(
      u.tenantId,
      Array.from({ length: 12 }, (_, i) => ({
        at: '2025-03-10T10:00:00Z',
        scopes: [u.tenantId],
        views: i + 1,
        dims: { country: `C${String(i).padStart(2, '0')}` },
      })),
    )
    const res = await u.get(`/api/v1/analytics/overview?${RANGE}`)
    expect(res.body.top.countries.map((r: { value: string }) => r.value)).toEqual([
      'C11',
      'C10',
      'C09',
      'C08',
      'C07',
      'C06',
      'C05',
      'C04',
      'C03',
      'C02',
    ])
    expect(res.body.top.sources).toEqual([])
    expect(res.body.totals.views).toBe(78)
  })
})
