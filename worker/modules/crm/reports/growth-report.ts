import { sql } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import type { LifecycleStage } from '../contacts/contacts.tables.ts'
import { crmTx } from '../crm-tx.ts'
import type { RecordReportQuery } from './report-query.schemas.ts'
import { type ReportRange, reportRange } from './report-range.ts'
import { resolveFilters } from './report-scope.ts'
import { inRange, periodOf, rangeStart, recordFilters } from './report-sql.ts'
import type { GrowthReport } from './reports.schemas.ts'

interface GrowthRow extends Record<string, unknown> {
  by_period: boolean
  by_source: boolean
  by_stage: boolean
  period: string | null
  source: string | null
  lifecycle_stage: LifecycleStage | null
  n: number
}

/**
 * Contacts created in the range, per period, by source and by lifecycle stage (one scan, with
 * grouping sets), and how many there were before it, for the running total. Deleted contacts
 * are not counted, then or now.
 */
export async function growthReport(ctx: TenantCtx, query: RecordReportQuery): Promise<GrowthReport> {
  const range = reportRange(query, ctx.now())
  const { rows, before } = await crmTx(ctx, async (tx) => {
    const filters = await resolveFilters(ctx, tx, query)
    const where = recordFilters('c', ctx.tenantId, filters)
    const grouped = await tx.execute<GrowthRow>(sql`
      with created as (
        select nullif(c.source, '') as source, c.lifecycle_stage, ${periodOf(sql`c.created_at`, range)} as period
        from contacts c where ${where} and ${inRange(sql`c.created_at`, range)}
      )
      select grouping(period) = 0 as by_period, grouping(source) = 0 as by_source,
        grouping(lifecycle_stage) = 0 as by_stage, period, source, lifecycle_stage, count(*)::int as n
      from created
      group by grouping sets ((period), (period, source), (period, lifecycle_stage), (source), (lifecycle_stage))
      order by n desc, source nulls last, lifecycle_stage`)
    const earlier = await tx.execute<{ n: number }>(
      sql`select count(*)::int as n from contacts c where ${where} and c.created_at < ${rangeStart(range)}`,
    )
    return { rows: grouped.rows, before: earlier.rows[0]?.n ?? 0 }
  })
  return shapeGrowth(range, rows, before)
}

function shapeGrowth(range: ReportRange, rows: GrowthRow[], before: number): GrowthReport {
  const perPeriod = new Map(
    rows.filter((r) => r.by_period && !r.by_source && !r.by_stage).map((r) => [r.period, r.n]),
  )
  let cumulative = before
  const series = range.periods.map((period) => {
    const newContacts = perPeriod.get(period) ?? 0
    cumulative += newContacts
    return { period, newContacts, cumulative }
  })
  return {
    from: range.from,
    to: range.to,
    timeZone: range.timeZone,
    period: range.unit,
    periods: range.periods,
    totals: { before, newContacts: cumulative - before, atEnd: cumulative },
    series,
    bySource: rows
      .filter((r) => r.by_period && r.by_source)
      .map((r) => ({ period: r.period ?? '', source: r.source, count: r.n })),
    byLifecycle: rows.flatMap((r) =>
      r.by_period && r.by_stage && r.lifecycle_stage
        ? [{ period: r.period ?? '', lifecycleStage: r.lifecycle_stage, count: r.n }]
        : [],
    ),
    sources: rows.filter((r) => r.by_source && !r.by_period).map((r) => ({ source: r.source, count: r.n })),
    lifecycleStages: rows.flatMap((r) =>
      r.by_stage && !r.by_period && r.lifecycle_stage
        ? [{ lifecycleStage: r.lifecycle_stage, count: r.n }]
        : [],
    ),
  }
}
