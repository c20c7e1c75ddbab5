import { and, eq, sql } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import type { PgTx } from '../../../lib/pg.ts'
import { crmTx } from '../crm-tx.ts'
import { type AutomationMessage, afterDealCommit, automationFor } from './deal-events.ts'
import { positionFor } from './deal-position.ts'
import { actorUserId, assertWritable, stageInPipeline } from './deal-refs.ts'
import { type DealRow, loadParties, toDeal } from './deal-view.ts'
import { getDealRow } from './deals.repo.ts'
import type { Deal, MoveDealBody } from './deals.schemas.ts'
import { deals, stages } from './deals.tables.ts'
import { closingFor, recordStageEntry } from './stage-entry.ts'

/** A move either lands, or finds the deal changed since the board saw it (its current state). */
export type MoveOutcome = { kind: 'moved'; deal: Deal } | { kind: 'stale'; deal: Deal }

const show = async (tx: PgTx, row: DealRow) => toDeal(row, await loadParties(tx, row.tenantId, [row]))

/**
 * Moves a deal on the board: to another stage of its pipeline and/or another place in the
 * column. The row is locked and its version compared, so of two people dragging one card the
 * second gets a 409 with the card as it now is. A stage change writes the history row and the
 * timeline entry, closes or reopens the deal as the stage's kind says, and queues the stage's
 * automations once committed.
 */
export async function moveDeal(ctx: TenantCtx, dealId: string, body: MoveDealBody): Promise<MoveOutcome> {
  const now = ctx.now()
  const outcome = await crmTx(ctx, async (tx) => {
    const row = await getDealRow(tx, ctx.tenantId, dealId, { lock: true })
    assertWritable(ctx, row)
    if (row.version !== body.version) return { kind: 'stale' as const, deal: await show(tx, row) }
    const target = await stageInPipeline(tx, ctx.tenantId, row.pipelineId, body.stageId)
    const position = await positionFor(tx, row, target.id, body)
    const entering = target.id !== row.stageId
    const closing = entering || body.closeReason ? closingFor(target, row, body.closeReason, now) : row
    const [moved] = await tx
      .update(deals)
      .set({
        stageId: target.id,
        position,
        status: closing.status,
        closedAt: closing.closedAt,
        closeReason: closing.closeReason,
        version: sql`${deals.version} + 1`,
        ...(entering ? { stageEnteredAt: now } : {}),
        updatedAt: now,
      })
      .where(and(eq(deals.tenantId, ctx.tenantId), eq(deals.id, dealId)))
      .returning()
    if (!moved) throw new Error(`deal ${dealId} vanished inside its own move`)
    const deal = await show(tx, moved)
    const automation = entering ? await enter(ctx, tx, row, moved, deal, now) : null
    return { kind: 'moved' as const, deal, automation }
  })
  if (outcome.kind === 'stale') return outcome
  await afterDealCommit(ctx, 'moved', outcome.deal, outcome.automation)
  return { kind: 'moved', deal: outcome.deal }
}

async function enter(
  ctx: TenantCtx,
  tx: PgTx,
  before: DealRow,
  after: DealRow,
  shown: Deal,
  now: Date,
): Promise<AutomationMessage | null> {
  const [from] = await tx
    .select({ id: stages.id, name: stages.name })
    .from(stages)
    .where(and(eq(stages.tenantId, ctx.tenantId), eq(stages.id, before.stageId)))
  const to = await stageInPipeline(tx, ctx.tenantId, after.pipelineId, after.stageId)
  const changeId = await recordStageEntry(tx, {
    tenantId: ctx.tenantId,
    // Only the contact and company this actor sees go on the entry (it takes their branch).
    deal: { ...after, contactId: shown.contact?.id ?? null, companyId: shown.company?.id ?? null },
    from: { id: before.stageId, name: from?.name ?? 'a removed stage', enteredAt: before.stageEnteredAt },
    to,
    byUserId: actorUserId(ctx),
    now,
  })
  return automationFor(tx, ctx.tenantId, { dealId: after.id, stageId: to.id, changeId })
}
