import { sql } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import { crmTx } from '../crm-tx.ts'
import { rateOf } from './report-math.ts'
import type { DealReportQuery } from './report-query.schemas.ts'
import { reportRange } from './report-range.ts'
import { memberNames, resolveFilters } from './report-scope.ts'
import { dealFilters, inRange } from './report-sql.ts'
import type { WinLossReport } from './reports.schemas.ts'

interface WinLossRow extends Record<string, unknown> {
  by_reason: boolean
  by_owner: boolean
  by_source: boolean
  status: 'won' | 'lost' | null
  reason: string | null
  owner: string | null
  source: string | null
  currency: string
  won_count: number
  won_amount: number
  lost_count: number
  lost_amount: number
}

/**
 * Deals won and lost in the range by close reason, by owner and by the source of the deal's
 * contact, per currency; one scan with grouping sets. A contact the member may not see (another
 * branch's) counts as an unknown source.
 */
export async function winLossReport(ctx: TenantCtx, query: DealReportQuery): Promise<WinLossReport> {
  const range = reportRange(query, ctx.now())
  const rows = await crmTx(ctx, async (tx) => {
    const filters = await resolveFilters(ctx, tx, query)
    const result = await tx.execute<WinLossRow>(sql`
      with closed as (
        select d.status, nullif(btrim(d.close_reason), '') as reason, d.owner_user_id as owner,
          nullif(c.source, '') as source, d.currency, d.amount_minor as amount
        from deals d left join contacts c on c.id = d.contact_id and c.tenant_id = d.tenant_id
        where ${dealFilters(ctx.tenantId, filters)} and d.status in ('won', 'lost')
          and ${inRange(sql`d.closed_at`, range)}
      )
      select grouping(reason) = 0 as by_reason, grouping(owner) = 0 as by_owner,
        grouping(source) = 0 as by_source, status, reason, owner, source, currency,
        count(*) filter (where status = 'won')::int as won_count,
        coalesce(sum(amount) filter (where status = 'won'), 0)::float8 as won_amount,
        count(*) filter (where status = 'lost')::int as lost_count,
        coalesce(sum(amount) filter (where status = 'lost'), 0)::float8 as lost_amount
      from closed
      group by grouping sets ((status, reason, currency), (owner, currency), (source, currency), (currency))
      order by currency, status, count(*) desc, reason nulls last`)
    return result.rows
  })
  const names = await memberNames(ctx)
  const wonLost = (r: WinLossRow) => ({
    currency: r.currency,
    wonCount: r.won_count,
    wonAmountMinor: r.won_amount,
    lostCount: r.lost_count,
    lostAmountMinor: r.lost_amount,
    winRate: rateOf(r.won_count, r.won_count + r.lost_count),
  })
  const summary = rows.filter((r) => !r.by_reason && !r.by_owner && !r.by_source)
  return {
    from: range.from,
    to: range.to,
    timeZone: range.timeZone,
    currencies: summary.map((r) => r.currency),
    summary: summary.map(wonLost),
    reasons: rows.flatMap((r) =>
      r.by_reason && r.status
        ? [
            {
              status: r.status,
              reason: r.reason,
              currency: r.currency,
              count: r.won_count + r.lost_count,
              amountMinor: r.won_amount + r.lost_amount,
            },
          ]
        : [],
    ),
    owners: rows
      .filter((r) => r.by_owner)
      .map((r) => ({
        ownerUserId: r.owner,
        ownerName: r.owner ? (names.get(r.owner) ?? null) : null,
        ...wonLost(r),
      })),
    sources: rows.filter((r) => r.by_source).map((r) => ({ source: r.source, ...wonLost(r) })),
  }
}
