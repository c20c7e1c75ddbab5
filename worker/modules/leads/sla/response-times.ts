// Response times per branch and per agent: counted and ranked by Postgres (percentile_cont),
// under the tenant's row level security, for the leads that arrived in the range.
import { and, eq, gte, isNotNull, lt, type SQL, sql } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { withTenant } from '../../../lib/pg.ts'
import { inBranchScope } from '../../auth/index.ts'
import { branches } from '../../brands/index.ts'
import { allMemberNames } from '../inbox/assignee.ts'
import { leads } from '../leads.tables.ts'
import type { ResponseTimeStats, ResponseTimes, ResponseTimesQuery } from './sla.schemas.ts'

const DAY = 86_400_000
const DEFAULT_DAYS = 30
const MAX_DAYS = 366

function refuse(message: string): never {
  throw new ApiError('BAD_REQUEST', message, { errors: [{ path: 'from', message }] })
}

function rangeOf(query: ResponseTimesQuery, now: Date) {
  const to = query.to ?? now.toISOString().slice(0, 10)
  const end = Date.parse(`${to}T00:00:00Z`) + DAY
  const from = query.from ?? new Date(end - DEFAULT_DAYS * DAY).toISOString().slice(0, 10)
  const start = Date.parse(`${from}T00:00:00Z`)
  if (start >= end) refuse('`from` must not be after `to`')
  if (end - start > MAX_DAYS * DAY) refuse(`Ask for at most ${MAX_DAYS} days at a time`)
  return { from, to, start: new Date(start), end: new Date(end) }
}

function statsColumns(now: Date) {
  const minutes = sql`extract(epoch from (${leads.firstResponseAt} - ${leads.createdAt})) / 60`
  const count = (condition: SQL) => sql<number>`count(*) filter (where ${condition})`.mapWith(Number)
  return {
    leads: sql<number>`count(*)`.mapWith(Number),
    responded: sql<number>`count(${leads.firstResponseAt})`.mapWith(Number),
    // percentile_cont leaves out the nulls: leads nobody answered have no time to rank.
    median: sql<number | null>`percentile_cont(0.5) within group (order by ${minutes})`.mapWith(Number),
    p90: sql<number | null>`percentile_cont(0.9) within group (order by ${minutes})`.mapWith(Number),
    breaches: count(sql`${leads.slaBreachedAt} is not null or ${leads.firstResponseAt} > ${leads.slaDueAt}`),
    met: count(sql`${leads.slaDueAt} is not null and ${leads.firstResponseAt} <= ${leads.slaDueAt}`),
    // Outcome known: answered, or the due time has passed without an answer.
    decided: count(
      sql`${leads.slaDueAt} is not null and (${leads.firstResponseAt} is not null or ${leads.slaDueAt} <= ${now.toISOString()}::timestamptz)`,
    ),
  }
}

type StatsRow = {
  leads: number
  responded: number
  median: number | null
  p90: number | null
  breaches: number
  met: number
  decided: number
}

const round1 = (n: number | null) => (n === null || Number.isNaN(n) ? null : Math.round(n * 10) / 10)

const toStats = (row: StatsRow | undefined): ResponseTimeStats => ({
  leads: row?.leads ?? 0,
  responded: row?.responded ?? 0,
  medianMinutes: round1(row?.median ?? null),
  p90Minutes: round1(row?.p90 ?? null),
  breaches: row?.breaches ?? 0,
  withinTargetPercent: row?.decided ? round1((row.met / row.decided) * 100) : null,
})

export async function getResponseTimes(ctx: TenantCtx, query: ResponseTimesQuery): Promise<ResponseTimes> {
  const now = ctx.now()
  const range = rangeOf(query, now)
  const branchNames = await visibleBranches(ctx)
  if (query.branchId && !branchNames.has(query.branchId))
    throw new ApiError('NOT_FOUND', `Branch ${query.branchId} not found`)
  const where = and(
    eq(leads.tenantId, ctx.tenantId),
    eq(leads.spam, false),
    gte(leads.createdAt, range.start),
    lt(leads.createdAt, range.end),
    inBranchScope(leads.branchId, ctx.actor.branchIds),
    query.branchId ? eq(leads.branchId, query.branchId) : undefined,
  )
  const columns = statsColumns(now)
  const { total, byBranch, byAgent } = await withTenant(ctx.pg(), ctx.tenantId, async (tx) => ({
    total: await tx.select(columns).from(leads).where(where),
    byBranch: await tx
      .select({ branchId: leads.branchId, ...columns })
      .from(leads)
      .where(where)
      .groupBy(leads.branchId),
    byAgent: await tx
      .select({ userId: leads.ownerUserId, ...columns })
      .from(leads)
      .where(and(where, isNotNull(leads.ownerUserId)))
      .groupBy(leads.ownerUserId),
  }))
  const people = await allMemberNames(ctx)
  return {
    from: range.from,
    to: range.to,
    total: toStats(total[0]),
    branches: byBranch
      .map((row) => ({ branchId: row.branchId, name: branchNames.get(row.branchId) ?? '', ...toStats(row) }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    agents: byAgent
      .map((row) => ({ userId: row.userId ?? '', name: people.get(row.userId ?? '') ?? '', ...toStats(row) }))
      .sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId)),
  }
}

async function visibleBranches(ctx: TenantCtx): Promise<Map<string, string>> {
  const rows = await ctx.d1
    .select({ id: branches.id, name: branches.name })
    .from(branches)
    .where(and(eq(branches.tenantId, ctx.tenantId), inBranchScope(branches.id, ctx.actor.branchIds)))
  return new Map(rows.map((r) => [r.id, r.name]))
}
