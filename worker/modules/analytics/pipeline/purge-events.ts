/**
 * The daily purge. Raw events go once they are older than the tenant's retention (default 90
 * days); the day's visitor hashes once they are older than yesterday (yesterday's stay for
 * events still queued across midnight). Rollups, leads and touch paths stay for good: the
 * dashboard has no retention cliff. Deletes run in bounded chunks so a large backlog spreads
 * over several nights instead of one long transaction.
 */
import type { Ctx } from '../../../context.ts'
import { DEFAULT_RETENTION_DAYS } from '../analytics.tables.ts'
import { utcDay } from './event-row.ts'

const ROWS_PER_DELETE = 5000
const DELETES_PER_RUN = 40

// Walks tenants and, for each, its events before its own cutoff through the (tenant_id, day)
// index. CROSS JOIN pins that order: left to itself, SQLite may scan every event instead.
const EXPIRED_EVENTS = `delete from analytics_events where rowid in (
  select e.rowid from tenants t
  left join analytics_settings s on s.tenant_id = t.id
  cross join analytics_events e
  where e.tenant_id = t.id
    and e.day < date(?1, '-' || coalesce(s.retention_days, ${DEFAULT_RETENTION_DAYS}) || ' days')
  limit ${ROWS_PER_DELETE})`

const OLD_VISITORS = `delete from analytics_visitors where rowid in (
  select rowid from analytics_visitors where day < ?1 limit ${ROWS_PER_DELETE})`

async function deleteInChunks(ctx: Ctx, statement: string, day: string, budget: number) {
  let deleted = 0
  for (let round = 0; round < budget; round++) {
    const result = await ctx.env.DB.prepare(statement).bind(day).run()
    deleted += result.meta.changes
    if (result.meta.changes < ROWS_PER_DELETE) return { deleted, done: true }
  }
  return { deleted, done: false }
}

/** Never throws: the other nightly jobs run whatever happens here, and tomorrow tries again. */
export async function purgeAnalyticsEvents(ctx: Ctx) {
  const today = utcDay(ctx.now().getTime())
  const yesterday = utcDay(ctx.now().getTime() - 86_400_000)
  try {
    const events = await deleteInChunks(ctx, EXPIRED_EVENTS, today, DELETES_PER_RUN)
    const visitors = await deleteInChunks(ctx, OLD_VISITORS, yesterday, DELETES_PER_RUN)
    if (!events.done || !visitors.done)
      ctx.log.info('analytics purge continues tomorrow', {
        events: events.deleted,
        visitors: visitors.deleted,
      })
    return { events: events.deleted, visitors: visitors.deleted }
  } catch (error) {
    ctx.log.error('analytics purge failed; tomorrow tries again', { error })
    return { events: 0, visitors: 0 }
  }
}
