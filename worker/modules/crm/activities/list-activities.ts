import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, ne, or, type SQL, sql } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { crmTx } from '../crm-tx.ts'
import type {
  ActivityList,
  CalendarAnswer,
  CalendarQuery,
  ListActivitiesQuery,
} from './activities.schemas.ts'
import { activities } from './activities.tables.ts'
import { selectActivities, toActivity } from './activity-view.ts'

/** Most items one calendar answer holds; a month of a busy team fits. */
const CALENDAR_CAP = 1000

/** `me` is the member asking; an API key has no "me". */
function assigneeWhere(ctx: TenantCtx, assignee: string | undefined): SQL | undefined {
  if (!assignee) return undefined
  if (assignee === 'unassigned') return isNull(activities.assigneeUserId)
  if (assignee !== 'me') return eq(activities.assigneeUserId, assignee)
  if (ctx.actor.kind !== 'user') {
    throw new ApiError('BAD_REQUEST', 'An API key has no tasks of its own; name a user id', {
      errors: [{ path: 'assignee', message: '`me` needs a signed-in member' }],
    })
  }
  return eq(activities.assigneeUserId, ctx.actor.userId)
}

interface Position {
  at: Date
  id: string
}

const encodeCursor = (p: Position) => btoa(`${p.at.toISOString()}|${p.id}`)

function decodeCursor(cursor: string): Position {
  try {
    const [at, id] = atob(cursor).split('|')
    const date = new Date(at ?? '')
    if (!id?.startsWith('act_') || Number.isNaN(date.getTime())) throw new Error('bad cursor')
    return { at: date, id }
  } catch {
    throw new ApiError('BAD_REQUEST', 'The cursor is not one this API gave out', {
      errors: [{ path: 'cursor', message: 'Use the nextCursor of a previous page' }],
    })
  }
}

/**
 * A page of the activities the actor sees, newest first, or (sort=due) soonest due first: the
 * "my open tasks" query runs on the (tenant, assignee, due) index for open activities.
 */
export async function listActivities(ctx: TenantCtx, query: ListActivitiesQuery): Promise<ActivityList> {
  const after = query.cursor ? decodeCursor(query.cursor) : undefined
  const byDue = query.sort === 'due'
  const key = byDue ? activities.dueAt : activities.createdAt
  const where = and(
    eq(activities.tenantId, ctx.tenantId),
    isNull(activities.deletedAt),
    query.type?.length ? inArray(activities.type, query.type) : undefined,
    assigneeWhere(ctx, query.assignee),
    query.status === 'open' ? isNull(activities.completedAt) : undefined,
    query.status === 'completed' ? isNotNull(activities.completedAt) : undefined,
    byDue ? isNotNull(activities.dueAt) : undefined,
    query.dueFrom ? gte(activities.dueAt, new Date(query.dueFrom)) : undefined,
    query.dueTo ? lt(activities.dueAt, new Date(query.dueTo)) : undefined,
    query.contactId ? eq(activities.contactId, query.contactId) : undefined,
    query.companyId ? eq(activities.companyId, query.companyId) : undefined,
    query.dealId ? eq(activities.dealId, query.dealId) : undefined,
    after
      ? byDue
        ? sql`(${key}, ${activities.id}) > (${after.at.toISOString()}::timestamptz, ${after.id})`
        : sql`(${key}, ${activities.id}) < (${after.at.toISOString()}::timestamptz, ${after.id})`
      : undefined,
  )
  const order = byDue ? [asc(key), asc(activities.id)] : [desc(key), desc(activities.id)]
  const rows = await crmTx(ctx, (tx) =>
    selectActivities(tx)
      .where(where)
      .orderBy(...order)
      .limit(query.limit + 1),
  )
  const page = rows.slice(0, query.limit)
  const last = page.at(-1)
  const lastAt = last ? (byDue ? last.dueAt : last.createdAt) : null
  return {
    items: page.map(toActivity),
    nextCursor:
      rows.length > query.limit && last && lastAt ? encodeCursor({ at: lastAt, id: last.id }) : null,
  }
}

/** Tasks and calls by their due time, meetings by their start, within at most 62 days. */
export async function activityCalendar(ctx: TenantCtx, query: CalendarQuery): Promise<CalendarAnswer> {
  const from = new Date(query.from)
  const to = new Date(query.to)
  const when = sql`case when ${activities.type} = 'meeting' then ${activities.startsAt} else ${activities.dueAt} end`
  const rows = await crmTx(ctx, (tx) =>
    selectActivities(tx)
      .where(
        and(
          eq(activities.tenantId, ctx.tenantId),
          isNull(activities.deletedAt),
          assigneeWhere(ctx, query.assignee),
          or(
            and(ne(activities.type, 'meeting'), gte(activities.dueAt, from), lt(activities.dueAt, to)),
            and(eq(activities.type, 'meeting'), gte(activities.startsAt, from), lt(activities.startsAt, to)),
          ),
        ),
      )
      .orderBy(asc(when), asc(activities.id))
      .limit(CALENDAR_CAP + 1),
  )
  return { items: rows.slice(0, CALENDAR_CAP).map(toActivity), truncated: rows.length > CALENDAR_CAP }
}
