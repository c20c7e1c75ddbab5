// Conversion and velocity from a hand-made stage history in the first quarter of 2025, and a
// weighted forecast of open deals around today, each number worked out by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestTenant, type TestTenant } from '../../../helpers/tenant.ts'
import { addMember, at, DAY_S, type ReportDb, reportDb, seedDeal, seedPipeline } from './report-fixtures.ts'

let t: TestTenant
let db: ReportDb
let pipelineId: string
let stage: Record<string, string>
const s = (name: string) => stage[name] ?? ''
const RANGE = 'from=2025-01-01&to=2025-03-31'

beforeAll(async () => {
  t = await createTestTenant()
  db = reportDb(t)
  ;({ pipelineId, stage } = await seedPipeline(db, t))
  const step = (name: string, when: string) => ({ stageId: s(name), at: at(when) })
  // P1: New → Qualified (10 days) → Proposal (12) → Won (10).
  await seedDeal(db, t, {
    pipelineId,
    amountMinor: 1,
    status: 'won',
    closedAt: at('2025-02-11'),
    path: [
      step('New', '2025-01-10'),
      step('Qualified', '2025-01-20'),
      step('Proposal', '2025-02-01'),
      step('Won', '2025-02-11'),
    ],
  })
  // P2: New → Qualified (10 days) → Lost (11): losing is not moving further.
  await seedDeal(db, t, {
    pipelineId,
    amountMinor: 1,
    status: 'lost',
    closedAt: at('2025-02-05'),
    path: [step('New', '2025-01-15'), step('Qualified', '2025-01-25'), step('Lost', '2025-02-05')],
  })
  // P3: still in New with $400.00.
  await seedDeal(db, t, { pipelineId, amountMinor: 40_000, path: [step('New', '2025-02-01')] })
  // P4: entered New before the range, Qualified in it (16 days later), open with $1,000.00.
  await seedDeal(db, t, {
    pipelineId,
    amountMinor: 100_000,
    path: [step('New', '2024-12-20'), step('Qualified', '2025-01-05')],
  })
  // P5: New → Proposal, skipping Qualified (9 days), open with $2,000.00.
  await seedDeal(db, t, {
    pipelineId,
    amountMinor: 200_000,
    path: [step('New', '2025-03-01'), step('Proposal', '2025-03-10')],
  })
  // Deleted: its history must not count.
  await seedDeal(db, t, {
    pipelineId,
    amountMinor: 5_000,
    deleted: true,
    path: [step('New', '2025-01-02'), step('Qualified', '2025-01-03')],
  })
})

afterAll(() => db?.close())

describe('GET /crm/reports/pipeline', () => {
  it('gives conversion and velocity per stage and the weighted open pipeline', async () => {
    const res = await t.get(`/api/v1/crm/reports/pipeline?${RANGE}`)
    expect(res.status).toBe(200)
    const r = res.body
    expect(r.pipeline).toEqual({ id: pipelineId, name: 'Sales' })
    const byName = Object.fromEntries(r.rows.map((row: { name: string }) => [row.name, row]))
    expect(r.rows.map((row: { name: string }) => row.name)).toEqual([
      'New',
      'Qualified',
      'Proposal',
      'Won',
      'Lost',
    ])
    expect(byName.New).toMatchObject({
      entered: 4,
      advanced: 3,
      conversionRate: 0.75,
      exits: 4,
      averageSecondsInStage: ((10 + 10 + 16 + 9) * DAY_S) / 4,
      medianSecondsInStage: 10 * DAY_S,
    })
    expect(byName.Qualified).toMatchObject({
      entered: 3,
      advanced: 1,
      conversionRate: 1 / 3,
      exits: 2,
      averageSecondsInStage: 11.5 * DAY_S,
      medianSecondsInStage: 11.5 * DAY_S,
    })
    expect(byName.Proposal).toMatchObject({ entered: 2, advanced: 1, conversionRate: 0.5, exits: 1 })
    expect(byName.Won).toMatchObject({ entered: 1, advanced: 0, conversionRate: null, exits: 0 })
    expect(byName.Lost).toMatchObject({ entered: 1, conversionRate: null, averageSecondsInStage: null })
    expect(r.currencies).toEqual(['USD'])
    expect(r.open).toEqual(
      expect.arrayContaining([
        { stageId: s('New'), currency: 'USD', openCount: 1, amountMinor: 40_000, weightedAmountMinor: 4_000 },
        {
          stageId: s('Qualified'),
          currency: 'USD',
          openCount: 1,
          amountMinor: 100_000,
          weightedAmountMinor: 50_000,
        },
        {
          stageId: s('Proposal'),
          currency: 'USD',
          openCount: 1,
          amountMinor: 200_000,
          weightedAmountMinor: 150_000,
        },
      ]),
    )
    expect(r.open).toHaveLength(3)
  })

  it('answers for an empty pipeline and 404s a pipeline of another tenant', async () => {
    const other = await seedPipeline(db, t, 'Partnerships', false)
    const empty = await t.get(`/api/v1/crm/reports/pipeline?${RANGE}&pipelineId=${other.pipelineId}`)
    expect(empty.status).toBe(200)
    expect(empty.body.rows.map((row: { entered: number }) => row.entered)).toEqual([0, 0, 0, 0, 0])
    expect(empty.body.open).toEqual([])
    const stranger = await createTestTenant()
    const res = await stranger.get(`/api/v1/crm/reports/pipeline?pipelineId=${pipelineId}`)
    expect(res.status).toBe(404)
    const none = await stranger.get('/api/v1/crm/reports/pipeline')
    expect(none.status).toBe(200)
    expect(none.body).toMatchObject({ pipeline: null, rows: [], open: [] })
  })
})

const DAY_MS = DAY_S * 1000
const iso = (time: number) => new Date(time).toISOString().slice(0, 10)
function monthsFrom(today: string, months: number) {
  const d = new Date(`${today}T00:00:00Z`)
  return iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1))
}

describe('GET /crm/reports/forecast', () => {
  it('weighs open deals by stage per expected month and owner, with overdue and committed', async () => {
    const f = await createTestTenant()
    const fdb = reportDb(f)
    try {
      const bea = await addMember(f, 'agent', { name: 'Bea' })
      const { pipelineId, stage } = await seedPipeline(fdb, f)
      const today = iso(Date.now())
      const m = (i: number) => monthsFrom(today, i)
      const open = (
        stageName: string,
        amountMinor: number,
        ownerUserId: string,
        date: string | null,
        currency = 'USD',
      ) =>
        seedDeal(fdb, f, {
          pipelineId,
          amountMinor,
          currency,
          ownerUserId,
          expectedCloseDate: date,
          path: [{ stageId: stage[stageName] ?? '', at: new Date() }],
        })
      await open('Qualified', 100_000, f.userId, today) // this month, 50 %
      await open('New', 40_000, f.userId, iso(Date.parse(m(1)) + 14 * DAY_MS)) // next month, 10 %
      await open('Proposal', 200_000, bea.userId, m(1)) // next month, 75 %
      await open('Qualified', 60_000, bea.userId, iso(Date.now() - DAY_MS)) // overdue, 50 %
      await open('Proposal', 10_000, f.userId, m(2), 'EUR')
      await open('New', 1_000, f.userId, null)
      await open('New', 1_000, f.userId, m(6))
      await seedDeal(fdb, f, {
        pipelineId,
        amountMinor: 70_000,
        ownerUserId: f.userId,
        status: 'won',
        closedAt: new Date(),
        path: [{ stageId: stage.Won ?? '', at: new Date() }],
      })

      const res = await f.get('/api/v1/crm/reports/forecast')
      expect(res.status).toBe(200)
      const r = res.body
      const months = [0, 1, 2, 3, 4, 5].map((i) => m(i).slice(0, 7))
      expect(r.asOf).toBe(today)
      expect(r.buckets).toEqual(['overdue', ...months])
      expect(r.currencies).toEqual(['EUR', 'USD'])
      const usd = r.series.filter((x: { currency: string }) => x.currency === 'USD')
      expect(usd.map((x: { weightedAmountMinor: number }) => x.weightedAmountMinor)).toEqual([
        30_000, 50_000, 154_000, 0, 0, 0, 0,
      ])
      expect(usd.map((x: { amountMinor: number }) => x.amountMinor)).toEqual([
        60_000, 100_000, 240_000, 0, 0, 0, 0,
      ])
      expect(r.series).toContainEqual({
        bucket: months[2],
        currency: 'EUR',
        count: 1,
        amountMinor: 10_000,
        weightedAmountMinor: 7_500,
      })
      expect(r.owners).toEqual(
        expect.arrayContaining([
          {
            ownerUserId: f.userId,
            ownerName: expect.any(String),
            currency: 'USD',
            count: 2,
            amountMinor: 140_000,
            weightedAmountMinor: 54_000,
            committedCount: 1,
            committedAmountMinor: 70_000,
          },
          {
            ownerUserId: bea.userId,
            ownerName: 'Bea',
            currency: 'USD',
            count: 2,
            amountMinor: 260_000,
            weightedAmountMinor: 180_000,
            committedCount: 0,
            committedAmountMinor: 0,
          },
        ]),
      )
      expect(r.rows).toContainEqual({
        ownerUserId: bea.userId,
        ownerName: 'Bea',
        bucket: 'overdue',
        currency: 'USD',
        count: 1,
        amountMinor: 60_000,
        weightedAmountMinor: 30_000,
      })
      expect(r.totals).toContainEqual({
        currency: 'USD',
        count: 4,
        amountMinor: 400_000,
        weightedAmountMinor: 234_000,
        committedCount: 1,
        committedAmountMinor: 70_000,
      })
      expect(r.unscheduled).toEqual({ noDate: 1, later: 1 })

      const narrowed = await f.get(`/api/v1/crm/reports/forecast?ownerUserId=${bea.userId}`)
      expect(narrowed.body.totals).toEqual([
        {
          currency: 'USD',
          count: 2,
          amountMinor: 260_000,
          weightedAmountMinor: 180_000,
          committedCount: 0,
          committedAmountMinor: 0,
        },
      ])
      const csv = await f.get('/api/v1/crm/reports/forecast?format=csv')
      expect(csv.headers.get('content-disposition')).toBe(
        `attachment; filename="vitrine-forecast-${today}.csv"`,
      )
      expect(csv.body).toContain('"Overdue","USD","1","600","300"')
    } finally {
      await fdb.close()
    }
  })
})
