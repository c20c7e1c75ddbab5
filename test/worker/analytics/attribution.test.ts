import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { d1 } from '../../../worker/lib/d1.ts'
import { newId } from '../../../worker/lib/ids.ts'
import {
  analyticsLeads,
  analyticsTouches,
  type TouchChannel,
} from '../../../worker/modules/analytics/analytics.tables.ts'
import {
  attributeLeads,
  leadCredits,
  roundToTotal,
} from '../../../worker/modules/analytics/attribution/models.ts'
import { expectEachFieldNamed } from '../../helpers/route-guards.ts'
import { createTestTenant, type TestTenant } from '../../helpers/tenant.ts'

const DAY_MS = 86_400_000
const HOUR_MS = 3_600_000
const dayAgo = (n: number) => new Date(Date.now() - n * DAY_MS).toISOString().slice(0, 10)
const YESTERDAY = dayAgo(1)
const BEFORE = dayAgo(2)
const noonOf = (day: string) => new Date(`${day}T12:00:00Z`).getTime()

interface TouchSeed {
  hours: number
  channel: TouchChannel
  source: string
  campaign?: string
  placement?: string
  referrerHost?: string
}

interface LeadSeed {
  day: string
  touches: TouchSeed[]
  brandId?: string | null
  branchId?: string | null
}

/** Leads and touches as the pipeline keeps them; touch times are hours from the lead (noon). */
async function seedLeads(t: TestTenant, leads: LeadSeed[]): Promise<string[]> {
  const db = d1(env.DB)
  const ids = leads.map(() => newId('lead'))
  const statements = leads.flatMap((lead, i) => {
    const at = noonOf(lead.day)
    return [
      db.insert(analyticsLeads).values({
        leadId: ids[i]!,
        tenantId: t.tenantId,
        brandId: lead.brandId === undefined ? t.brandId : lead.brandId,
        branchId: lead.branchId === undefined ? t.branchId : lead.branchId,
        at: new Date(at),
        day: lead.day,
      }),
      ...lead.touches.map((touch, k) =>
        db.insert(analyticsTouches).values({
          id: `evt_touch_${i}_${k}`,
          leadId: ids[i]!,
          tenantId: t.tenantId,
          at: new Date(at + touch.hours * HOUR_MS),
          channel: touch.channel,
          source: touch.source,
          medium: null,
          campaign: touch.campaign ?? null,
          referrerHost: touch.referrerHost ?? null,
          qrCodeId: null,
          placement: touch.placement ?? null,
        }),
      ),
    ]
  })
  await db.batch([statements[0]!, ...statements.slice(1)])
  return ids
}

/**
 * L1: a table QR scan two hours before, then the spring campaign at the lead.
 * L2: table scan (−2 h), a Google referral (−1 h), a flyer scan at the lead.
 * L3: no touch recorded (counts as one direct touch).
 * L4: a Facebook ad an hour before, and a table scan an hour after (an open lead's later form).
 */
const KNOWN: LeadSeed[] = [
  {
    day: YESTERDAY,
    touches: [
      { hours: -2, channel: 'qr', source: 'qr', placement: 'table' },
      { hours: 0, channel: 'campaign', source: 'instagram', campaign: 'spring' },
    ],
  },
  {
    day: YESTERDAY,
    touches: [
      { hours: -2, channel: 'qr', source: 'qr', placement: 'table' },
      { hours: -1, channel: 'referrer', source: 'google.com', referrerHost: 'google.com' },
      { hours: 0, channel: 'qr', source: 'qr', placement: 'flyer' },
    ],
  },
  { day: BEFORE, touches: [] },
  {
    day: BEFORE,
    touches: [
      { hours: -1, channel: 'campaign', source: 'facebook', campaign: 'fb-ads' },
      { hours: 1, channel: 'qr', source: 'qr', placement: 'table' },
    ],
  },
]

/** Around the known leads: one too old, one on another branch, one of another brand. */
const AROUND: LeadSeed[] = [
  { day: dayAgo(40), touches: [{ hours: -1, channel: 'qr', source: 'qr', placement: 'table' }] },
  { day: YESTERDAY, branchId: 'bra_elsewhere', touches: [{ hours: 0, channel: 'direct', source: 'direct' }] },
  {
    day: YESTERDAY,
    brandId: 'brd_elsewhere',
    branchId: null,
    touches: [{ hours: 0, channel: 'direct', source: 'direct' }],
  },
]

const RANGE = `from=${BEFORE}&to=${YESTERDAY}`

const cents = (values: number[]) => values.reduce((sum, v) => sum + Math.round(v * 100), 0)
const MODELS = ['first', 'last', 'linear', 'timeDecay'] as const
const columnTotals = (rows: Record<(typeof MODELS)[number], number>[]) =>
  MODELS.map((model) => cents(rows.map((row) => row[model])))

describe('attribution models (pure)', () => {
  it('shares one lead among its touches four ways', () => {
    const lead = 10 * HOUR_MS
    const credits = leadCredits([lead - 2 * HOUR_MS, lead - HOUR_MS, lead], lead, 1)
    expect(credits.first).toEqual([1, 0, 0])
    expect(credits.last).toEqual([0, 0, 1])
    expect(credits.linear).toEqual([1 / 3, 1 / 3, 1 / 3])
    expect(credits.timeDecay.map((c) => c * 7)).toEqual([1, 2, 4].map((n) => expect.closeTo(n, 12)))
    // A half-life of 24 hours: a day-old touch weighs half of one at the lead.
    const daily = leadCredits([lead - 24 * HOUR_MS, lead], lead, 24)
    expect(daily.timeDecay).toEqual([expect.closeTo(1 / 3, 12), expect.closeTo(2 / 3, 12)])
    // Very old touches keep their shares instead of underflowing.
    const ancient = leadCredits([0, 3000 * HOUR_MS], 3001 * HOUR_MS, 1)
    expect(ancient.timeDecay).toEqual([expect.closeTo(0, 12), 1])
  })

  it('rounds so the parts still add up to the whole', () => {
    expect(roundToTotal([1 / 3, 1 / 3, 1 / 3], 1, 2)).toEqual([0.34, 0.33, 0.33])
    expect(roundToTotal([1 / 7, 2 / 7, 4 / 7], 1, 4)).toEqual([0.1429, 0.2857, 0.5714])
    expect(roundToTotal([2 / 3, 2 / 3, 2 / 3], 2, 2)).toEqual([0.67, 0.67, 0.66])
  })

  it('adds every lead once per model', () => {
    const rows = attributeLeads(
      [
        {
          at: 3,
          touches: [
            { at: 1, key: 'a' },
            { at: 2, key: 'b' },
            { at: 3, key: 'c' },
          ],
        },
        { at: 5, touches: [{ at: 5, key: 'c' }] },
      ],
      24,
    )
    expect(rows.map((r) => r.key)).toEqual(['c', 'a', 'b'])
    expect(rows.find((r) => r.key === 'c')).toMatchObject({ first: 1, last: 2 })
    expect(rows.find((r) => r.key === 'b')).toMatchObject({ first: 0, last: 0, linear: 0.33 })
    expect(columnTotals(rows)).toEqual([200, 200, 200, 200])
  })
})

describe('attribution by source, campaign, placement and channel', () => {
  it('credits known leads exactly per model, each column adding up to the leads', async () => {
    const t = await createTestTenant()
    const other = await createTestTenant()
    await seedLeads(t, [...KNOWN, ...AROUND])
    await seedLeads(other, KNOWN)
    const base = `/api/v1/analytics/attribution?${RANGE}&branchId=${t.branchId}&halfLifeHours=1`

    const bySource = await t.get(`${base}&groupBy=source`)
    expect(bySource.status, JSON.stringify(bySource.body)).toBe(200)
    expect(bySource.body).toMatchObject({
      scope: { level: 'branch', id: t.branchId, name: 'Main Street' },
      period: { from: BEFORE, to: YESTERDAY },
      groupBy: 'source',
      halfLifeHours: 1,
      leads: 4,
    })
    // Time decay with a 1-hour half-life: L1 0.2 / 0.8, L2 1/7, 2/7, 4/7, L4 1/3 / 2/3.
    expect(bySource.body.rows).toEqual([
      { key: 'qr', first: 2, last: 2, linear: 1.67, timeDecay: 1.58 },
      { key: 'direct', first: 1, last: 1, linear: 1, timeDecay: 1 },
      { key: 'facebook', first: 1, last: 0, linear: 0.5, timeDecay: 0.33 },
      { key: 'instagram', first: 0, last: 1, linear: 0.5, timeDecay: 0.8 },
      { key: 'google.com', first: 0, last: 0, linear: 0.33, timeDecay: 0.29 },
    ])

    const byCampaign = await t.get(`${base}&groupBy=campaign`)
    expect(byCampaign.body.rows).toEqual([
      { key: '(none)', first: 3, last: 3, linear: 3, timeDecay: 2.87 },
      { key: 'fb-ads', first: 1, last: 0, linear: 0.5, timeDecay: 0.33 },
      { key: 'spring', first: 0, last: 1, linear: 0.5, timeDecay: 0.8 },
    ])

    const byPlacement = await t.get(`${base}&groupBy=placement`)
    const placement = Object.fromEntries(byPlacement.body.rows.map((r: { key: string }) => [r.key, r]))
    expect(placement.table).toMatchObject({ first: 2, last: 1 })
    expect(placement['(none)']).toMatchObject({ first: 2, last: 2 })
    expect(placement.flyer).toMatchObject({ first: 0, last: 1 })
    // Three equal thirds tie on rounding; the column still adds up.
    expect(columnTotals(byPlacement.body.rows)).toEqual([400, 400, 400, 400])

    const byChannel = await t.get(`${base}&groupBy=channel`)
    const channel = Object.fromEntries(byChannel.body.rows.map((r: { key: string }) => [r.key, r]))
    expect(channel).toEqual({
      qr: { key: 'qr', first: 2, last: 2, linear: 1.67, timeDecay: 1.58 },
      campaign: { key: 'campaign', first: 1, last: 1, linear: 1, timeDecay: 1.13 },
      referrer: { key: 'referrer', first: 0, last: 0, linear: 0.33, timeDecay: 0.29 },
      direct: { key: 'direct', first: 1, last: 1, linear: 1, timeDecay: 1 },
    })
    expect(columnTotals(byChannel.body.rows)).toEqual([400, 400, 400, 400])
  })

  it('reads the brand, the organisation or a scoped member’s branches', async () => {
    const t = await createTestTenant()
    await seedLeads(t, [...KNOWN, ...AROUND])
    const leadsIn = async (query: string) =>
      (await t.get(`/api/v1/analytics/attribution?${query}`)).body.leads
    expect(await leadsIn(RANGE)).toBe(6)
    expect(await leadsIn(`${RANGE}&brandId=${t.brandId}`)).toBe(5)
    expect(await leadsIn(`${RANGE}&branchId=${t.branchId}`)).toBe(4)
    expect(await leadsIn(`from=${dayAgo(40)}&to=${dayAgo(40)}`)).toBe(1)

    const scoped = await createTestTenant({ branchScoped: true })
    await seedLeads(scoped, [...KNOWN, ...AROUND])
    const mine = await scoped.get(`/api/v1/analytics/attribution?${RANGE}`)
    expect(mine.body.scope.level).toBe('tenant')
    expect(mine.body.leads).toBe(4)
    expect(columnTotals(mine.body.rows)).toEqual([400, 400, 400, 400])
  })

  it('answers an empty period with no rows', async () => {
    const t = await createTestTenant()
    const res = await t.get(`/api/v1/analytics/attribution?${RANGE}`)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ groupBy: 'source', halfLifeHours: 24, leads: 0, rows: [] })
  })

  it('downloads the comparison as CSV', async () => {
    const t = await createTestTenant()
    await seedLeads(t, KNOWN)
    const res = await t.get(
      `/api/v1/analytics/attribution?${RANGE}&groupBy=campaign&halfLifeHours=1&format=csv`,
    )
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/csv')
    expect(res.headers.get('content-disposition')).toContain(
      `analytics-attribution-campaign-${BEFORE}-${YESTERDAY}.csv`,
    )
    expect(res.body.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
      '"campaign","first_touch","last_touch","linear","time_decay"',
      '"(none)","3","3","3","2.87"',
      '"fb-ads","1","0","0.5","0.33"',
      '"spring","0","1","0.5","0.8"',
      '',
    ])
  })

  it('refuses bad parameters naming them', async () => {
    const t = await createTestTenant()
    const path = '/api/v1/analytics/attribution'
    await expectEachFieldNamed(
      [
        ['GET', `${path}?groupBy=country`, undefined, 'groupBy'],
        ['GET', `${path}?halfLifeHours=0`, undefined, 'halfLifeHours'],
        ['GET', `${path}?halfLifeHours=721`, undefined, 'halfLifeHours'],
        ['GET', `${path}?halfLifeHours=soon`, undefined, 'halfLifeHours'],
        ['GET', `${path}?from=${YESTERDAY}&to=${BEFORE}`, undefined, 'from'],
        ['GET', `${path}/leads/lead_x?halfLifeHours=0`, undefined, 'halfLifeHours'],
      ],
      t.token,
    )
    const foreign = await t.get(`${path}?brandId=brd_nope`)
    expect(foreign.status).toBe(404)
  })
})

describe("one lead's touches", () => {
  it('lists the touches in order with each model’s share', async () => {
    const t = await createTestTenant()
    const [, second, third, fourth] = await seedLeads(t, KNOWN)
    const res = await t.get(`/api/v1/analytics/attribution/leads/${second}?halfLifeHours=1`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const at = noonOf(YESTERDAY)
    expect(res.body).toEqual({
      leadId: second,
      at: new Date(at).toISOString(),
      touches: [
        {
          at: new Date(at - 2 * HOUR_MS).toISOString(),
          channel: 'qr',
          source: 'qr',
          medium: null,
          campaign: null,
          referrerHost: null,
          qrCodeId: null,
          placement: 'table',
        },
        {
          at: new Date(at - HOUR_MS).toISOString(),
          channel: 'referrer',
          source: 'google.com',
          medium: null,
          campaign: null,
          referrerHost: 'google.com',
          qrCodeId: null,
          placement: null,
        },
        {
          at: new Date(at).toISOString(),
          channel: 'qr',
          source: 'qr',
          medium: null,
          campaign: null,
          referrerHost: null,
          qrCodeId: null,
          placement: 'flyer',
        },
      ],
      credit: {
        first: [1, 0, 0],
        last: [0, 0, 1],
        linear: [0.3334, 0.3333, 0.3333],
        timeDecay: [0.1429, 0.2857, 0.5714],
      },
    })

    const direct = await t.get(`/api/v1/analytics/attribution/leads/${third}`)
    expect(direct.body.touches).toEqual([
      {
        at: new Date(noonOf(BEFORE)).toISOString(),
        channel: 'direct',
        source: 'direct',
        medium: null,
        campaign: null,
        referrerHost: null,
        qrCodeId: null,
        placement: null,
      },
    ])
    expect(direct.body.credit).toEqual({ first: [1], last: [1], linear: [1], timeDecay: [1] })

    // The default half-life (24 h): an hour before weighs 2^(-1/24) ≈ 0.9715 of one at the lead
    // or after, so the shares are 0.9715 / 1.9715 and 1 / 1.9715.
    const later = await t.get(`/api/v1/analytics/attribution/leads/${fourth}`)
    expect(later.body.credit.timeDecay).toEqual([0.4928, 0.5072])
  })

  it("is not found for another organisation's lead or a branch outside the member's", async () => {
    const a = await createTestTenant()
    const b = await createTestTenant()
    const [lead] = await seedLeads(a, KNOWN)
    expect((await b.get(`/api/v1/analytics/attribution/leads/${lead}`)).status).toBe(404)
    expect((await b.get(`/api/v1/analytics/attribution/leads/${newId('lead')}`)).status).toBe(404)

    const scoped = await createTestTenant({ branchScoped: true })
    const [own, elsewhere] = await seedLeads(scoped, [KNOWN[0]!, AROUND[1]!])
    expect((await scoped.get(`/api/v1/analytics/attribution/leads/${own}`)).status).toBe(200)
    const hidden = await scoped.get(`/api/v1/analytics/attribution/leads/${elsewhere}`)
    expect(hidden.status).toBe(404)
    expect(hidden.body.code).toBe('NOT_FOUND')
  })
})
