import { sql } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import { crmTx } from '../crm-tx.ts'
import { rateOf } from './report-math.ts'
import type { DealReportQuery } from './report-query.schemas.ts'
import { type ReportRange, reportRange } from './report-range.ts'
import { memberNames, resolveFilters } from './report-scope.ts'
import { dealFilters, inRange, periodOf } from './report-sql.ts'
import type { SalesReport } from './reports.schemas.ts'

interface SalesRow extends Record<string, unknown> {
  by_period: boolean
  by_owner: boolean
  by_currency: boolean
  period: string | null
  owner: string | null
  currency: string | null
  won_count: number
  won_amount: number
  lost_count: number
  lost_amount: number
  avg_deal: number | null
  avg_cycle_days: number | null
}

/**
 * Deals won and lost in the range, aggregated once with grouping sets: per period and
 * currency (the chart), per owner and currency (the table), per currency, and overall.
 */
export async function salesReport(ctx: TenantCtx, query: DealReportQuery): Promise<SalesReport> {
  const range = reportRange(query, ctx.now())
  const rows = await crmTx(ctx, async (tx) => {
    const filters = await resolveFilters(ctx, tx, query)
    const result = await tx.execute<SalesRow>(sql`
      with closed as (
        select d.owner_user_id as owner, d.currency, d.status, d.amount_minor as amount,
          extract(epoch from d.closed_at - d.created_at) as cycle,
          ${periodOf(sql`d.closed_at`, range)} as period
        from deals d
        where ${dealFilters(ctx.tenantId, filters)} and d.status in ('won', 'lost')
          and ${inRange(sql`d.closed_at`, range)}
      )
      select grouping(period) = 0 as by_period, grouping(owner) = 0 as by_owner,
        grouping(currency) = 0 as by_currency, period, owner, currency,
        count(*) filter (where status = 'won')::int as won_count,
        coalesce(sum(amount) filter (where status = 'won'), 0)::float8 as won_amount,
        count(*) filter (where status = 'lost')::int as lost_count,
        coalesce(sum(amount) filter (where status = 'lost'), 0)::float8 as lost_amount,
        round(avg(amount) filter (where status = 'won'))::float8 as avg_deal,
        round((avg(cycle) filter (where status = 'won') / 86400)::numeric, 1)::float8 as avg_cycle_days
      from closed
      group by grouping sets ((period, currency), (owner, currency), (currency), ())
      order by currency, owner nulls last`)
    return result.rows
  })
  return shapeSales(range, rows, await memberNames(ctx))
}

function shapeSales(range: ReportRange, rows: SalesRow[], names: Map<string, string>): SalesReport {
  const overall = rows.find((r) => !r.by_period && !r.by_owner && !r.by_currency)
  const perCurrency = rows.filter((r) => r.by_currency && !r.by_period && !r.by_owner)
  const currencies = perCurrency.map((r) => r.currency ?? '')
  const byPeriod = new Map(rows.filter((r) => r.by_period).map((r) => [`${r.period}|${r.currency}`, r]))
  const wonLost = (r: SalesRow) => ({
    wonCount: r.won_count,
    wonAmountMinor: r.won_amount,
    lostCount: r.lost_count,
    lostAmountMinor: r.lost_amount,
    winRate: rateOf(r.won_count, r.won_count + r.lost_count),
  })
  return {
    from: range.from,
    to: range.to,
    timeZone: range.timeZone,
    period: range.unit,
    periods: range.periods,
    currencies,
    summary: {
      wonCount: overall?.won_count ?? 0,
      lostCount: overall?.lost_count ?? 0,
      winRate: overall ? rateOf(overall.won_count, overall.won_count + overall.lost_count) : null,
      averageCycleDays: overall?.avg_cycle_days ?? null,
    },
    byCurrency: perCurrency.map((r) => ({
      currency: r.currency ?? '',
      ...wonLost(r),
      averageDealMinor: r.avg_deal,
    })),
    // Every period of every currency, zero where nothing was won, so charts need no gap logic.
    series: currencies.flatMap((currency) =>
      range.periods.map((period) => {
        const row = byPeriod.get(`${period}|${currency}`)
        return { period, currency, wonCount: row?.won_count ?? 0, wonAmountMinor: row?.won_amount ?? 0 }
      }),
    ),
    rows: rows
      .filter((r) => r.by_owner)
      .map((r) => ({
        ownerUserId: r.owner,
        ownerName: r.owner ? (names.get(r.owner) ?? null) : null,
        currency: r.currency ?? '',
        ...wonLost(r),
        averageDealMinor: r.avg_deal,
        averageCycleDays: r.avg_cycle_days,
      })),
  }
}
