import { sql } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import type { PgTx } from '../../../lib/pg.ts'
import { crmTx } from '../crm-tx.ts'
import type { ForecastQuery, ReportFilters } from './report-query.schemas.ts'
import { localDay, monthStart, REPORT_TIME_ZONE } from './report-range.ts'
import { memberNames, resolveFilters } from './report-scope.ts'
import { dealFilters } from './report-sql.ts'
import type { ForecastReport } from './reports.schemas.ts'

/** This month and the five after it. */
export const FORECAST_MONTHS = 6

interface OpenRow extends Record<string, unknown> {
  by_owner: boolean
  by_bucket: boolean
  owner: string | null
  bucket: string | null
  currency: string
  n: number
  amount: number
  weighted: number
}

interface WonRow extends Record<string, unknown> {
  by_owner: boolean
  owner: string | null
  currency: string
  n: number
  amount: number
}

interface Horizon {
  today: string
  /** First day of this month, of next month, and of the month after the last one forecast. */
  thisMonth: string
  nextMonth: string
  end: string
  zone: string
}

/**
 * Open deals by expected close month, from today: overdue (expected before today), then this
 * month and the next five, each with its amount and its amount weighted by the win probability
 * of the deal's stage, per owner and currency; and what was already won this month.
 */
export async function forecastReport(ctx: TenantCtx, query: ForecastQuery): Promise<ForecastReport> {
  const zone = REPORT_TIME_ZONE
  const today = localDay(ctx.now(), zone)
  const h: Horizon = {
    today,
    thisMonth: monthStart(today),
    nextMonth: monthStart(today, 1),
    end: monthStart(today, FORECAST_MONTHS),
    zone,
  }
  const data = await crmTx(ctx, async (tx) => {
    const filters = await resolveFilters(ctx, tx, query)
    return {
      open: await openDeals(tx, ctx.tenantId, filters, h),
      won: await wonThisMonth(tx, ctx.tenantId, filters, h),
      unscheduled: await unscheduled(tx, ctx.tenantId, filters, h),
    }
  })
  const buckets = [
    'overdue',
    ...Array.from({ length: FORECAST_MONTHS }, (_, i) => monthStart(today, i).slice(0, 7)),
  ]
  return shapeForecast(h, buckets, data, await memberNames(ctx))
}

async function openDeals(tx: PgTx, tenantId: string, filters: ReportFilters, h: Horizon) {
  const result = await tx.execute<OpenRow>(sql`
    with open as (
      select d.owner_user_id as owner, d.currency, d.amount_minor as amount,
        d.amount_minor * s.win_probability as weighted100,
        case when d.expected_close_date < ${h.today}::date then 'overdue'
          else to_char(d.expected_close_date, 'YYYY-MM') end as bucket
      from deals d join stages s on s.id = d.stage_id
      where ${dealFilters(tenantId, filters)} and d.status = 'open' and d.expected_close_date < ${h.end}::date
    )
    select grouping(owner) = 0 as by_owner, grouping(bucket) = 0 as by_bucket, owner, bucket, currency,
      count(*)::int as n, sum(amount)::float8 as amount, round(sum(weighted100) / 100.0)::float8 as weighted
    from open
    group by grouping sets ((owner, bucket, currency), (bucket, currency), (owner, currency), (currency))
    order by currency, owner nulls last, bucket`)
  return result.rows
}

async function wonThisMonth(tx: PgTx, tenantId: string, filters: ReportFilters, h: Horizon) {
  const result = await tx.execute<WonRow>(sql`
    select grouping(d.owner_user_id) = 0 as by_owner, d.owner_user_id as owner, d.currency,
      count(*)::int as n, sum(d.amount_minor)::float8 as amount
    from deals d
    where ${dealFilters(tenantId, filters)} and d.status = 'won'
      and d.closed_at >= (${h.thisMonth}::date::timestamp at time zone ${h.zone})
      and d.closed_at < (${h.nextMonth}::date::timestamp at time zone ${h.zone})
    group by grouping sets ((d.owner_user_id, d.currency), (d.currency))`)
  return result.rows
}

async function unscheduled(tx: PgTx, tenantId: string, filters: ReportFilters, h: Horizon) {
  const result = await tx.execute<{ no_date: number; later: number }>(sql`
    select count(*) filter (where d.expected_close_date is null)::int as no_date,
      count(*) filter (where d.expected_close_date >= ${h.end}::date)::int as later
    from deals d
    where ${dealFilters(tenantId, filters)} and d.status = 'open'
      and (d.expected_close_date is null or d.expected_close_date >= ${h.end}::date)`)
  return { noDate: result.rows[0]?.no_date ?? 0, later: result.rows[0]?.later ?? 0 }
}

type Totals = { count: number; amountMinor: number; weightedAmountMinor: number }
type CommittedTotals = { committedCount: number; committedAmountMinor: number }
const NONE: Totals & CommittedTotals = {
  count: 0,
  amountMinor: 0,
  weightedAmountMinor: 0,
  committedCount: 0,
  committedAmountMinor: 0,
}

function shapeForecast(
  h: Horizon,
  buckets: string[],
  data: { open: OpenRow[]; won: WonRow[]; unscheduled: ForecastReport['unscheduled'] },
  names: Map<string, string>,
): ForecastReport {
  const forecast = (r: OpenRow): Totals => ({
    count: r.n,
    amountMinor: r.amount,
    weightedAmountMinor: r.weighted,
  })
  const committed = (r: WonRow): CommittedTotals => ({ committedCount: r.n, committedAmountMinor: r.amount })
  const ownerName = (id: string | null) => (id ? (names.get(id) ?? null) : null)
  // Owners and totals join the open deals with this month's wins (either may be missing).
  const owners = new Map<string, ForecastReport['owners'][number]>()
  const totals = new Map<string, ForecastReport['totals'][number]>()
  const ownerEntry = (owner: string | null, currency: string) => {
    const key = `${owner}|${currency}`
    const entry = owners.get(key) ?? { ownerUserId: owner, ownerName: ownerName(owner), currency, ...NONE }
    owners.set(key, entry)
    return entry
  }
  const totalEntry = (currency: string) => {
    const entry = totals.get(currency) ?? { currency, ...NONE }
    totals.set(currency, entry)
    return entry
  }
  for (const r of data.open) {
    if (r.by_bucket) continue
    Object.assign(r.by_owner ? ownerEntry(r.owner, r.currency) : totalEntry(r.currency), forecast(r))
  }
  for (const r of data.won) {
    Object.assign(r.by_owner ? ownerEntry(r.owner, r.currency) : totalEntry(r.currency), committed(r))
  }
  const currencies = [...totals.keys()].sort()
  const perBucket = new Map(
    data.open.filter((r) => r.by_bucket && !r.by_owner).map((r) => [`${r.bucket}|${r.currency}`, r]),
  )
  return {
    asOf: h.today,
    timeZone: h.zone,
    buckets,
    currencies,
    series: currencies.flatMap((currency) =>
      buckets.map((bucket) => {
        const row = perBucket.get(`${bucket}|${currency}`)
        return {
          bucket,
          currency,
          ...(row ? forecast(row) : { count: 0, amountMinor: 0, weightedAmountMinor: 0 }),
        }
      }),
    ),
    rows: data.open
      .filter((r) => r.by_owner && r.by_bucket)
      .map((r) => ({
        ownerUserId: r.owner,
        ownerName: ownerName(r.owner),
        bucket: r.bucket ?? '',
        currency: r.currency,
        ...forecast(r),
      })),
    owners: [...owners.values()].sort(
      (a, b) => a.currency.localeCompare(b.currency) || b.weightedAmountMinor - a.weightedAmountMinor,
    ),
    totals: currencies.map((currency) => totals.get(currency) ?? { currency, ...NONE }),
    unscheduled: data.unscheduled,
  }
}
