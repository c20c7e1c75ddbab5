import { sql } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import type { ActivityType } from '../activities/activities.tables.ts'
import { crmTx } from '../crm-tx.ts'
import type { RecordReportQuery } from './report-query.schemas.ts'
import { type ReportRange, reportRange } from './report-range.ts'
import { memberNames, resolveFilters } from './report-scope.ts'
import { inRange, periodOf, recordFilters } from './report-sql.ts'
import type { ActivityReport } from './reports.schemas.ts'

/** What people do (system entries such as stage changes and merges would drown it out). */
export const REPORTED_ACTIVITY_TYPES = [
  'note',
  'task',
  'call',
  'meeting',
  'email',
  'whatsapp',
] as const satisfies readonly ActivityType[]

interface EventRow extends Record<string, unknown> {
  by_period: boolean
  by_type: boolean
  by_user: boolean
  kind: 'created' | 'completed'
  period: string | null
  type: ActivityType | null
  user_id: string | null
  n: number
}

interface OverdueRow extends Record<string, unknown> {
  by_user: boolean
  user_id: string | null
  n: number
}

const typeList = sql.join(
  REPORTED_ACTIVITY_TYPES.map((type) => sql`${type}`),
  sql`, `,
)

/**
 * Activities created and completed in the range, per period and type and per member (the one
 * who logged it; the one who completed it, or else its assignee), and open ones past due now.
 * The owner filter means that member in each count.
 */
export async function activityReport(ctx: TenantCtx, query: RecordReportQuery): Promise<ActivityReport> {
  const range = reportRange(query, ctx.now())
  const now = ctx.now().toISOString()
  const { events, overdue } = await crmTx(ctx, async (tx) => {
    const filters = await resolveFilters(ctx, tx, query)
    const only = (column: string) =>
      filters.ownerUserId ? sql`and ${sql.raw(column)} = ${filters.ownerUserId}` : sql``
    const base = sql`${recordFilters('a', ctx.tenantId, filters, null)} and a.type in (${typeList})`
    const created = inRange(sql`a.created_at`, range)
    const completed = inRange(sql`a.completed_at`, range)
    const counted = await tx.execute<EventRow>(sql`
      with events as (
        select 'created' as kind, a.type, a.created_by_user_id as user_id, a.created_at as at
        from activities a where ${base} and ${created} ${only('a.created_by_user_id')}
        union all
        select 'completed', a.type, coalesce(a.completed_by_user_id, a.assignee_user_id), a.completed_at
        from activities a where ${base} and ${completed}
          ${only('coalesce(a.completed_by_user_id, a.assignee_user_id)')}
      ), e as (select kind, type, user_id, ${periodOf(sql`at`, range)} as period from events)
      select grouping(period) = 0 as by_period, grouping(type) = 0 as by_type,
        grouping(user_id) = 0 as by_user, kind, period, type, user_id, count(*)::int as n
      from e group by grouping sets ((kind, period, type), (kind, type), (kind, user_id), (kind))`)
    const late = await tx.execute<OverdueRow>(sql`
      select grouping(a.assignee_user_id) = 0 as by_user, a.assignee_user_id as user_id, count(*)::int as n
      from activities a
      where ${base} ${only('a.assignee_user_id')} and a.completed_at is null and a.due_at < ${now}::timestamptz
      group by grouping sets ((a.assignee_user_id), ())`)
    return { events: counted.rows, overdue: late.rows }
  })
  return shapeActivity(range, events, overdue, await memberNames(ctx))
}

function shapeActivity(
  range: ReportRange,
  events: EventRow[],
  overdue: OverdueRow[],
  names: Map<string, string>,
): ActivityReport {
  // Each grouping set's rows by what they were grouped on, so lookups below are direct.
  const keyOf = (kind: string, period: string | null, type: string | null) => `${kind}|${period}|${type}`
  const counts = new Map(
    events
      .filter((r) => !r.by_user)
      .map((r) => [keyOf(r.kind, r.by_period ? r.period : '*', r.by_type ? r.type : '*'), r.n]),
  )
  const count = (kind: EventRow['kind'], period: string, type: string) =>
    counts.get(keyOf(kind, period, type)) ?? 0
  const types = [...REPORTED_ACTIVITY_TYPES]
  const members = new Map<string | null, { created: number; completed: number; overdue: number }>()
  const member = (id: string | null) => {
    const entry = members.get(id) ?? { created: 0, completed: 0, overdue: 0 }
    members.set(id, entry)
    return entry
  }
  for (const r of events) if (r.by_user) member(r.user_id)[r.kind] = r.n
  for (const r of overdue) if (r.by_user) member(r.user_id).overdue = r.n
  return {
    from: range.from,
    to: range.to,
    timeZone: range.timeZone,
    period: range.unit,
    periods: range.periods,
    types,
    totals: {
      created: count('created', '*', '*'),
      completed: count('completed', '*', '*'),
      overdue: overdue.find((r) => !r.by_user)?.n ?? 0,
    },
    series: range.periods.flatMap((period) =>
      types.map((type) => ({
        period,
        type,
        created: count('created', period, type),
        completed: count('completed', period, type),
      })),
    ),
    byType: types.map((type) => ({
      type,
      created: count('created', '*', type),
      completed: count('completed', '*', type),
    })),
    rows: [...members]
      .map(([userId, n]) => ({ userId, name: userId ? (names.get(userId) ?? null) : null, ...n }))
      .sort((a, b) => b.created + b.completed - (a.created + a.completed) || b.overdue - a.overdue),
  }
}
