import { sql } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import type { PgTx } from '../../../lib/pg.ts'
import { crmTx } from '../crm-tx.ts'
import type { StageKind } from '../deals/deals.tables.ts'
import { rateOf } from './report-math.ts'
import type { PipelineReportQuery, ReportFilters } from './report-query.schemas.ts'
import { type ReportRange, reportRange } from './report-range.ts'
import { resolveFilters } from './report-scope.ts'
import { dealFilters, inRange } from './report-sql.ts'
import type { PipelineReport } from './reports.schemas.ts'

interface StageRow extends Record<string, unknown> {
  id: string
  name: string
  kind: StageKind
  position: number
  win_probability: number
  entered: number
  advanced: number
  exits: number
  avg_seconds: number | null
  median_seconds: number | null
}

interface OpenRow extends Record<string, unknown> {
  stage_id: string
  currency: string
  open_count: number
  amount: number
  weighted: number
}

/**
 * One pipeline's stages with, from the stage history: how many deals entered each in the range
 * and how many of those went on to a further open or won stage (conversion), and how long deals
 * sat in it before moving on (velocity); and, as of now, the open deals in it and their
 * weighted value. The history has no branch column, so it is joined to deals, whose row level
 * security keeps a branch-scoped member to their branches.
 */
export async function pipelineReport(ctx: TenantCtx, query: PipelineReportQuery): Promise<PipelineReport> {
  const range = reportRange(query, ctx.now())
  return crmTx(ctx, async (tx) => {
    const filters = await resolveFilters(ctx, tx, query)
    const pipeline = await choosePipeline(tx, ctx.tenantId, filters.pipelineId)
    const base = { from: range.from, to: range.to, timeZone: range.timeZone }
    if (!pipeline) return { ...base, pipeline: null, currencies: [], rows: [], open: [] }
    const scoped = { ...filters, pipelineId: pipeline.id }
    const stages = await stageFlow(tx, ctx.tenantId, scoped, range)
    const open = await openByStage(tx, ctx.tenantId, scoped)
    return {
      ...base,
      pipeline,
      currencies: [...new Set(open.map((o) => o.currency))].sort(),
      rows: stages.map((s) => ({
        stageId: s.id,
        name: s.name,
        kind: s.kind,
        position: s.position,
        winProbability: s.win_probability,
        entered: s.entered,
        advanced: s.advanced,
        conversionRate: s.kind === 'open' ? rateOf(s.advanced, s.entered) : null,
        exits: s.exits,
        averageSecondsInStage: s.avg_seconds,
        medianSecondsInStage: s.median_seconds,
      })),
      open: open.map((o) => ({
        stageId: o.stage_id,
        currency: o.currency,
        openCount: o.open_count,
        amountMinor: o.amount,
        weightedAmountMinor: o.weighted,
      })),
    }
  })
}

/** The pipeline asked for, else the default one (else the first); null when there is none yet. */
async function choosePipeline(tx: PgTx, tenantId: string, pipelineId: string | undefined) {
  const result = await tx.execute<{ id: string; name: string }>(sql`
    select id, name from pipelines
    where tenant_id = ${tenantId} and ${pipelineId ? sql`id = ${pipelineId}` : sql`archived_at is null`}
    order by is_default desc, position, created_at limit 1`)
  return result.rows[0] ?? null
}

async function stageFlow(tx: PgTx, tenantId: string, filters: ReportFilters, range: ReportRange) {
  const changes = sql`deal_stage_changes c join deals d on d.id = c.deal_id and d.tenant_id = c.tenant_id`
  // The history's own pipeline, not the deal's current one: a deal moved on still counted here.
  const dealScope = dealFilters(tenantId, { ...filters, pipelineId: undefined })
  const where = sql`c.tenant_id = ${tenantId} and c.pipeline_id = ${filters.pipelineId} and ${inRange(sql`c.created_at`, range)} and ${dealScope}`
  const result = await tx.execute<StageRow>(sql`
    with entries as (
      select c.deal_id, c.to_stage_id as stage_id, min(c.created_at) as entered_at
      from ${changes} where ${where}
      group by c.deal_id, c.to_stage_id
    ), conversion as (
      select e.stage_id, count(*)::int as entered,
        count(*) filter (where exists (
          select 1 from deal_stage_changes n join stages ns on ns.id = n.to_stage_id
          where n.tenant_id = ${tenantId} and n.deal_id = e.deal_id and n.pipeline_id = ${filters.pipelineId}
            and n.created_at >= e.entered_at and ns.position > s.position and ns.kind <> 'lost'
        ))::int as advanced
      from entries e join stages s on s.id = e.stage_id
      group by e.stage_id
    ), velocity as (
      select c.from_stage_id as stage_id, count(*)::int as exits,
        round(avg(c.seconds_in_from_stage))::float8 as avg_seconds,
        percentile_cont(0.5) within group (order by c.seconds_in_from_stage)::float8 as median_seconds
      from ${changes}
      where ${where} and c.from_stage_id is not null and c.seconds_in_from_stage is not null
      group by c.from_stage_id
    )
    select s.id, s.name, s.kind, s.position, s.win_probability,
      coalesce(v.entered, 0) as entered, coalesce(v.advanced, 0) as advanced,
      coalesce(w.exits, 0) as exits, w.avg_seconds, w.median_seconds
    from stages s
    left join conversion v on v.stage_id = s.id
    left join velocity w on w.stage_id = s.id
    where s.tenant_id = ${tenantId} and s.pipeline_id = ${filters.pipelineId}
    order by s.position`)
  return result.rows
}

async function openByStage(tx: PgTx, tenantId: string, filters: ReportFilters) {
  const result = await tx.execute<OpenRow>(sql`
    select d.stage_id, d.currency, count(*)::int as open_count, sum(d.amount_minor)::float8 as amount,
      round(sum(d.amount_minor * s.win_probability) / 100.0)::float8 as weighted
    from deals d join stages s on s.id = d.stage_id
    where ${dealFilters(tenantId, filters)} and d.status = 'open'
    group by d.stage_id, d.currency
    order by d.currency`)
  return result.rows
}
