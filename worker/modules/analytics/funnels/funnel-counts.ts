// How many visitor-days reached each step of a funnel, counted in D1 from raw events in one
// query: a CTE per step holds, for each visitor-day, the earliest moment it matched that step
// at or after the moment it reached the step before. Taking the earliest match each time is
// what lets the most visitor-days go on to the next step, so the counts are exact.
import { type SQL, sql } from 'drizzle-orm'
import type { D1Db } from '../../../lib/d1.ts'
import type { FunnelStep } from '../analytics.tables.ts'
import type { AnalyticsScope } from '../query/scope.ts'

export interface EventWindow {
  tenantId: string
  /** UTC days, both included. */
  from: string
  to: string
}

// Branch lists go in as one JSON parameter: D1 binds at most 100 parameters per query.
function scopeSql(scope: AnalyticsScope): SQL {
  if (scope.branchIds !== null)
    return sql`e."branch_id" in (select value from json_each(${JSON.stringify(scope.branchIds)}))`
  if (scope.brandId !== null) return sql`e."brand_id" = ${scope.brandId}`
  return sql`1 = 1`
}

function matches(step: FunnelStep): SQL {
  return step.kind === 'action'
    ? sql`(e."kind" = 'action' and e."action" = ${step.action ?? ''})`
    : sql`e."kind" = ${step.kind}`
}

const sameMatcher = (a: FunnelStep, b: FunnelStep) => a.kind === b.kind && a.action === b.action

/**
 * A step that repeats an earlier one (view → … → view) must be a later event, so one event
 * never counts twice; otherwise a match at the very same millisecond counts (a scan and the
 * page view it redirects to often share one).
 */
function stepCte(steps: readonly FunnelStep[], k: number): SQL {
  const step = steps[k]!
  const name = sql.raw(`s${k}`)
  if (k === 0)
    return sql`${name} as (select e."day", e."visitor", min(e."at") as "at" from ev e where ${matches(step)} group by e."day", e."visitor")`
  const after = steps.slice(0, k).some((earlier) => sameMatcher(earlier, step)) ? sql.raw('>') : sql.raw('>=')
  return sql`${name} as (select e."day", e."visitor", min(e."at") as "at" from ev e join ${sql.raw(`s${k - 1}`)} p on p."day" = e."day" and p."visitor" = e."visitor" and e."at" ${after} p."at" where ${matches(step)} group by e."day", e."visitor")`
}

export async function funnelStepCounts(
  db: D1Db,
  scope: AnalyticsScope,
  window: EventWindow,
  steps: readonly FunnelStep[],
): Promise<number[]> {
  // A member limited to no branch at all sees nothing.
  if (scope.branchIds?.length === 0) return steps.map(() => 0)
  const anyStep = sql.join(steps.map(matches), sql` or `)
  const events = sql`ev as (select e."day", e."visitor", e."kind", e."action", e."at" from analytics_events e where e."tenant_id" = ${window.tenantId} and e."day" >= ${window.from} and e."day" <= ${window.to} and e."visitor" is not null and e."excluded" is null and ${scopeSql(scope)} and (${anyStep}))`
  const ctes = sql.join([events, ...steps.map((_, k) => stepCte(steps, k))], sql`, `)
  const counts = sql.join(
    steps.map((_, k) => sql.raw(`(select count(*) from s${k}) as "c${k}"`)),
    sql`, `,
  )
  const [row] = await db.all<Record<string, number>>(sql`with ${ctes} select ${counts}`)
  return steps.map((_, k) => Number(row?.[`c${k}`] ?? 0))
}
