// Sales and win/loss over deals closed in the first half of 2025, with every number worked out
// by hand: two owners, two currencies, one deal in another branch, and deals the reports must
// leave out (closed before the range, deleted, still open).
import { SELF } from 'cloudflare:test'
import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestTenant, type TestTenant } from '../../../helpers/tenant.ts'
import {
  addBranch,
  addMember,
  at,
  csvLines,
  type ReportDb,
  reportDb,
  type SeedDeal,
  seedContact,
  seedDeal,
  seedPipeline,
} from './report-fixtures.ts'

let t: TestTenant
let db: ReportDb
let bea: Awaited<ReturnType<typeof addMember>>
let otherBranch: string
const RANGE = 'from=2025-01-01&to=2025-06-30'

beforeAll(async () => {
  t = await createTestTenant()
  db = reportDb(t)
  bea = await addMember(t, 'agent', { name: 'Bea <B&B>' })
  otherBranch = await addBranch(t, 'Harbour')
  const { pipelineId, stage } = await seedPipeline(db, t)
  const contact = (source: string | null, branchId?: string) =>
    seedContact(db, t, { createdAt: at('2024-12-01'), source, branchId })
  /** Created in New, then closed straight from it into Won or Lost. */
  const closedDeal = (status: 'won' | 'lost', created: string, closed: string) => ({
    status,
    path: [
      { stageId: stage.New ?? '', at: at(created) },
      { stageId: stage[status === 'won' ? 'Won' : 'Lost'] ?? '', at: at(closed) },
    ],
    closedAt: at(closed),
  })
  const deal = (values: Omit<SeedDeal, 'pipelineId'>) => seedDeal(db, t, { pipelineId, ...values })
  const won = (created: string, closed: string) => closedDeal('won', created, closed)
  const lost = (created: string, closed: string) => closedDeal('lost', created, closed)
  // Owner (t.userId), USD: won 1,000.00 in 10 days and 500.00 in 20 days, lost 300.00.
  await deal({
    ...won('2025-01-05', '2025-01-15'),
    amountMinor: 100_000,
    ownerUserId: t.userId,
    closeReason: 'Price',
    contactId: await contact('microsite_form'),
  })
  await deal({
    ...won('2025-02-01', '2025-02-21'),
    amountMinor: 50_000,
    ownerUserId: t.userId,
    closeReason: ' Price ',
    contactId: await contact('import'),
  })
  await deal({
    ...lost('2025-02-01', '2025-03-01'),
    amountMinor: 30_000,
    ownerUserId: t.userId,
    closeReason: 'Competitor',
    contactId: await contact('microsite_form'),
  })
  // Bea: won €200.00 in 30 days (no reason, no contact); lost $100.00 in the other branch.
  await deal({
    ...won('2025-03-01', '2025-03-31'),
    amountMinor: 20_000,
    currency: 'EUR',
    ownerUserId: bea.userId,
  })
  await deal({
    ...lost('2025-04-01', '2025-04-10'),
    amountMinor: 10_000,
    ownerUserId: bea.userId,
    branchId: otherBranch,
    closeReason: 'Competitor',
    contactId: await contact('microsite_form', otherBranch),
  })
  // Left out: closed the day before the range, deleted, open.
  await deal({ ...won('2024-12-01', '2024-12-31T23:59:00Z'), amountMinor: 999 })
  await deal({ ...won('2025-02-01', '2025-02-02'), amountMinor: 777, deleted: true })
  await deal({
    path: [{ stageId: stage.New ?? '', at: at('2025-02-01') }],
    amountMinor: 555,
  })
})

afterAll(() => db?.close())

describe('GET /crm/reports/sales', () => {
  it('counts won deals per month and owner, the win rate and the sales cycle', async () => {
    const res = await t.get(`/api/v1/crm/reports/sales?${RANGE}`)
    expect(res.status).toBe(200)
    const r = res.body
    expect(r.period).toBe('month')
    expect(r.periods).toEqual([
      '2025-01-01',
      '2025-02-01',
      '2025-03-01',
      '2025-04-01',
      '2025-05-01',
      '2025-06-01',
    ])
    expect(r.currencies).toEqual(['EUR', 'USD'])
    expect(r.summary).toEqual({ wonCount: 3, lostCount: 2, winRate: 0.6, averageCycleDays: 20 })
    expect(r.byCurrency).toEqual([
      {
        currency: 'EUR',
        wonCount: 1,
        wonAmountMinor: 20_000,
        lostCount: 0,
        lostAmountMinor: 0,
        winRate: 1,
        averageDealMinor: 20_000,
      },
      {
        currency: 'USD',
        wonCount: 2,
        wonAmountMinor: 150_000,
        lostCount: 2,
        lostAmountMinor: 40_000,
        winRate: 0.5,
        averageDealMinor: 75_000,
      },
    ])
    const usd = r.series.filter((s: { currency: string }) => s.currency === 'USD')
    expect(usd.map((s: { wonAmountMinor: number }) => s.wonAmountMinor)).toEqual([
      100_000, 50_000, 0, 0, 0, 0,
    ])
    expect(r.series).toContainEqual({
      period: '2025-03-01',
      currency: 'EUR',
      wonCount: 1,
      wonAmountMinor: 20_000,
    })
    expect(r.rows).toEqual([
      {
        ownerUserId: bea.userId,
        ownerName: 'Bea <B&B>',
        currency: 'EUR',
        wonCount: 1,
        wonAmountMinor: 20_000,
        lostCount: 0,
        lostAmountMinor: 0,
        winRate: 1,
        averageDealMinor: 20_000,
        averageCycleDays: 30,
      },
      expect.objectContaining({
        ownerUserId: t.userId,
        currency: 'USD',
        wonCount: 2,
        lostCount: 1,
        winRate: 2 / 3,
        averageDealMinor: 75_000,
        averageCycleDays: 15,
      }),
      expect.objectContaining({
        ownerUserId: bea.userId,
        currency: 'USD',
        wonCount: 0,
        lostCount: 1,
        winRate: 0,
        averageDealMinor: null,
      }),
    ])
  })

  it('counts per week for short ranges, and narrows to an owner or a branch', async () => {
    const weekly = await t.get('/api/v1/crm/reports/sales?from=2025-01-06&to=2025-01-19')
    expect(weekly.body.period).toBe('week')
    expect(weekly.body.periods).toEqual(['2025-01-06', '2025-01-13'])
    expect(weekly.body.series).toEqual([
      { period: '2025-01-06', currency: 'USD', wonCount: 0, wonAmountMinor: 0 },
      { period: '2025-01-13', currency: 'USD', wonCount: 1, wonAmountMinor: 100_000 },
    ])
    const mine = await t.get(`/api/v1/crm/reports/sales?${RANGE}&ownerUserId=${bea.userId}`)
    expect(mine.body.summary).toMatchObject({ wonCount: 1, lostCount: 1, winRate: 0.5 })
    const harbour = await t.get(`/api/v1/crm/reports/sales?${RANGE}&branchId=${otherBranch}`)
    expect(harbour.body.summary).toMatchObject({ wonCount: 0, lostCount: 1, winRate: 0 })
  })

  it('keeps a branch-scoped manager to their branches, and 404s another branch', async () => {
    const manager = await addMember(t, 'manager', { branchIds: [t.branchId] })
    const res = await manager.get(`/api/v1/crm/reports/sales?${RANGE}`)
    expect(res.status).toBe(200)
    expect(res.body.summary).toMatchObject({ wonCount: 3, lostCount: 1, winRate: 0.75 })
    const refused = await manager.get(`/api/v1/crm/reports/sales?${RANGE}&branchId=${otherBranch}`)
    expect(refused.status).toBe(404)
  })

  it('downloads the per-period table as CSV and every table as Excel', async () => {
    const csv = await t.get(`/api/v1/crm/reports/sales?${RANGE}&format=csv`)
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(csv.headers.get('content-disposition')).toBe(
      'attachment; filename="vitrine-sales-2025-01-01-to-2025-06-30.csv"',
    )
    const lines = csvLines(csv.body)
    expect(lines[0]).toBe('"Period start","Currency","Won deals","Won amount"')
    expect(lines).toHaveLength(1 + 12)
    expect(lines).toContain('"2025-01-01","USD","1","1000"')
    expect(lines).toContain('"2025-03-01","EUR","1","200"')

    const res = await SELF.fetch(`http://localhost/api/v1/crm/reports/sales?${RANGE}&format=xlsx`, {
      headers: { authorization: `Bearer ${t.token}` },
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="vitrine-sales-2025-01-01-to-2025-06-30.xlsx"',
    )
    const bytes = new Uint8Array(await res.arrayBuffer())
    const files = unzipSync(bytes)
    const text = (name: string) => new TextDecoder().decode(files[name])
    expect(text('xl/workbook.xml')).toContain('<sheet name="Won per period" sheetId="1" r:id="rId1"/>')
    expect(text('xl/workbook.xml')).toContain('<sheet name="By owner" sheetId="2" r:id="rId2"/>')
    // Row 8 of the first sheet: USD, January (after the header and EUR's six months).
    const perPeriod = text('xl/worksheets/sheet1.xml')
    expect(perPeriod).toContain(
      '<row r="8"><c r="A8" s="5"><v>45658</v></c><c r="B8" t="inlineStr"><is><t xml:space="preserve">USD</t></is></c><c r="C8" s="2"><v>1</v></c><c r="D8" s="3"><v>1000</v></c></row>',
    )
    const owners = text('xl/worksheets/sheet2.xml')
    expect(owners).toContain('<t xml:space="preserve">Bea &lt;B&amp;B&gt;</t>')
    expect(owners).toContain(`<c r="G3" s="4"><v>${2 / 3}</v></c>`)
  })
})

describe('GET /crm/reports/win-loss', () => {
  it('splits won and lost deals by reason, owner and contact source', async () => {
    const res = await t.get(`/api/v1/crm/reports/win-loss?${RANGE}`)
    expect(res.status).toBe(200)
    const r = res.body
    expect(r.currencies).toEqual(['EUR', 'USD'])
    expect(r.reasons).toEqual([
      { status: 'won', reason: null, currency: 'EUR', count: 1, amountMinor: 20_000 },
      { status: 'lost', reason: 'Competitor', currency: 'USD', count: 2, amountMinor: 40_000 },
      { status: 'won', reason: 'Price', currency: 'USD', count: 2, amountMinor: 150_000 },
    ])
    expect(r.sources).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ source: null, currency: 'EUR', wonCount: 1, lostCount: 0 }),
        expect.objectContaining({
          source: 'microsite_form',
          currency: 'USD',
          wonCount: 1,
          wonAmountMinor: 100_000,
          lostCount: 2,
          lostAmountMinor: 40_000,
          winRate: 1 / 3,
        }),
        expect.objectContaining({ source: 'import', currency: 'USD', wonCount: 1, lostCount: 0, winRate: 1 }),
      ]),
    )
    expect(r.sources).toHaveLength(3)
    expect(r.owners).toContainEqual(
      expect.objectContaining({ ownerUserId: t.userId, currency: 'USD', wonCount: 2, lostCount: 1 }),
    )
    expect(r.summary).toContainEqual({
      currency: 'USD',
      wonCount: 2,
      wonAmountMinor: 150_000,
      lostCount: 2,
      lostAmountMinor: 40_000,
      winRate: 0.5,
    })
  })

  it('exports the reasons as CSV', async () => {
    const csv = await t.get(`/api/v1/crm/reports/win-loss?${RANGE}&format=csv`)
    const lines = csvLines(csv.body)
    expect(lines).toEqual([
      '"Outcome","Reason","Currency","Deals","Amount"',
      '"Won","No reason given","EUR","1","200"',
      '"Lost","Competitor","USD","2","400"',
      '"Won","Price","USD","2","1500"',
    ])
  })
})
