import type { TenantCtx } from '../../../../context.ts'
import { ApiError } from '../../../../lib/errors.ts'
import { crmTx } from '../../crm-tx.ts'
import { parentBranch } from '../activities.repo.ts'
import { toActivity } from '../activity-view.ts'
import type { Timeline, TimelineItem, TimelineQuery } from './timeline.schemas.ts'
import {
  activityRows,
  type Position,
  type RecordKey,
  stageChangeRows,
  submissionRows,
} from './timeline-sources.ts'
import { visitsById } from './visits.ts'

const encodeCursor = (p: Position) => btoa(`${p.at.toISOString()}|${p.id}`)

function decodeCursor(cursor: string): Position {
  try {
    const [at, id] = atob(cursor).split('|')
    const date = new Date(at ?? '')
    if (!id || !/^[a-z]+_[0-9A-Z]{26}$/.test(id) || Number.isNaN(date.getTime())) throw new Error('bad')
    return { at: date, id }
  } catch {
    throw new ApiError('BAD_REQUEST', 'The cursor is not one this API gave out', {
      errors: [{ path: 'cursor', message: 'Use the nextCursor of a previous page' }],
    })
  }
}

type Dated = { item: TimelineItem; at: Date }

/** Newest first; ties in time by id in code-unit order, as the database compares them ("C"). */
const newestFirst = (a: Dated, b: Dated) =>
  b.at.getTime() - a.at.getTime() || (a.item.id < b.item.id ? 1 : a.item.id > b.item.id ? -1 : 0)

/**
 * Everything that happened with a contact, company or deal, newest first: its activities,
 * the lead submissions of a contact (with the QR scan whose visit sent each), and the stage
 * history of the deals concerned. Each source reads one page after the cursor, and the merge
 * keeps the newest page of all of them.
 */
export async function recordTimeline(
  ctx: TenantCtx,
  key: RecordKey,
  query: TimelineQuery,
): Promise<Timeline> {
  const cursor = query.cursor ? decodeCursor(query.cursor) : undefined
  const n = query.limit + 1
  const { acts, touches, changes } = await crmTx(ctx, async (tx) => {
    await parentBranch(tx, ctx.tenantId, { [`${key.entity}Id`]: key.id })
    const acts = await activityRows(tx, ctx.tenantId, key, cursor, n)
    const touches =
      key.entity === 'contact'
        ? await submissionRows(tx, ctx.tenantId, key.id, ctx.actor.branchIds, cursor, n)
        : []
    const changes = await stageChangeRows(tx, ctx.tenantId, key, cursor, n)
    return { acts, touches, changes }
  })
  const visits = await visitsById(
    ctx,
    ctx.tenantId,
    touches.flatMap((t) => (t.visitId ? [t.visitId] : [])),
  )
  const all: Dated[] = [
    ...acts.map((row) => ({
      at: row.createdAt,
      item: {
        kind: 'activity' as const,
        id: row.id,
        at: row.createdAt.toISOString(),
        activity: toActivity(row),
      },
    })),
    ...touches.map(({ visitId, at, ...t }) => ({
      at,
      item: {
        kind: 'submission' as const,
        ...t,
        at: at.toISOString(),
        utm: t.utm ?? null,
        consent: t.consent ?? null,
        visit: (visitId && visits.get(visitId)) || null,
      },
    })),
    ...changes.map(({ at, ...c }) => ({
      at,
      item: { kind: 'stage_change' as const, ...c, at: at.toISOString() },
    })),
  ].sort(newestFirst)
  const page = all.slice(0, query.limit)
  const last = page.at(-1)
  return {
    items: page.map((d) => d.item),
    nextCursor: all.length > query.limit && last ? encodeCursor({ at: last.at, id: last.item.id }) : null,
  }
}
