// When a stage is removed, its deals move to another stage of the pipeline in a few set-based
// statements (not one per deal), each live deal's move recorded in its history and timeline.
import { and, eq, isNull, max, min, sql } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import { newId } from '../../../lib/ids.ts'
import type { PgTx } from '../../../lib/pg.ts'
import { activities } from '../activities/activities.tables.ts'
import { dealStageChanges, deals } from './deals.tables.ts'
import type { StageRow } from './pipelines.repo.ts'

export interface MovedDeal {
  id: string
  pipelineId: string
  stageId: string
  branchId: string | null
  position: number
  status: string
  version: number
}

const CHUNK = 500

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK))
  return out
}

/** Moves every deal of `from` (soft-deleted ones too, quietly) to the end of `to`'s column. */
export async function moveStageDeals(
  ctx: TenantCtx,
  tx: PgTx,
  from: StageRow,
  to: StageRow,
): Promise<MovedDeal[]> {
  const inStage = and(eq(deals.tenantId, ctx.tenantId), eq(deals.stageId, from.id))
  const before = await tx
    .select({
      id: deals.id,
      enteredAt: deals.stageEnteredAt,
      contactId: deals.contactId,
      companyId: deals.companyId,
      live: isNull(deals.deletedAt).mapWith(Boolean),
    })
    .from(deals)
    .where(inStage)
    .for('update')
  if (before.length === 0) return []
  const [{ top } = { top: null }] = await tx
    .select({ top: max(deals.position) })
    .from(deals)
    .where(and(eq(deals.tenantId, ctx.tenantId), eq(deals.stageId, to.id)))
  const [{ bottom } = { bottom: null }] = await tx
    .select({ bottom: min(deals.position) })
    .from(deals)
    .where(inStage)
  const offset = (top ?? 0) + 1 - (bottom ?? 0)
  const now = ctx.now()
  const status = to.kind
  const reason = `Moved when stage “${from.name}” was removed`
  const moved = await tx
    .update(deals)
    .set({
      stageId: to.id,
      stageEnteredAt: now,
      position: sql`${deals.position} + ${offset}`,
      version: sql`${deals.version} + 1`,
      status,
      closedAt:
        status === 'open'
          ? null
          : sql`case when ${deals.status} = ${status} then coalesce(${deals.closedAt}, ${now}) else ${now} end`,
      closeReason:
        status === 'open'
          ? null
          : sql`case when ${deals.status} = ${status} then ${deals.closeReason} else ${status === 'lost' ? reason : null} end`,
    })
    .where(and(inStage, isNull(deals.deletedAt)))
    .returning({
      id: deals.id,
      pipelineId: deals.pipelineId,
      stageId: deals.stageId,
      branchId: deals.branchId,
      position: deals.position,
      status: deals.status,
      version: deals.version,
    })
  // Deals in the undo window follow quietly, so the stage can go; undone, they reappear here.
  await tx.update(deals).set({ stageId: to.id }).where(inStage)
  const live = before.filter((d) => d.live)
  const byUserId = ctx.actor.kind === 'user' ? ctx.actor.userId : null
  for (const part of chunks(live)) {
    await tx.insert(dealStageChanges).values(
      part.map((d) => ({
        id: newId('dealStageChange'),
        tenantId: ctx.tenantId,
        dealId: d.id,
        pipelineId: from.pipelineId,
        fromStageId: from.id,
        toStageId: to.id,
        secondsInFromStage: Math.max(0, Math.round((now.getTime() - d.enteredAt.getTime()) / 1000)),
        byUserId,
        at: now,
      })),
    )
    await tx.insert(activities).values(
      part.map((d) => ({
        id: newId('activity', now.getTime()),
        tenantId: ctx.tenantId,
        dealId: d.id,
        contactId: d.contactId,
        companyId: d.companyId,
        type: 'stage_change' as const,
        subject: `Moved to ${to.name}`,
        body: `Stage “${from.name}” was removed; the deal moved to “${to.name}”.`,
        meta: { fromStageId: from.id, toStageId: to.id, pipelineId: from.pipelineId, stageRemoved: true },
        createdByUserId: byUserId,
        createdAt: now,
        updatedAt: now,
      })),
    )
  }
  return moved
}
