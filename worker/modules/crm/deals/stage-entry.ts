// Entering a stage, however it happens (created in it, moved to it): the history row reports
// read, the timeline entry people read, and the deal's status following the stage's kind.
import { newId } from '../../../lib/ids.ts'
import type { PgTx } from '../../../lib/pg.ts'
import { recordActivity } from '../activities/record-activity.ts'
import { type DealStatus, dealStageChanges } from './deals.tables.ts'
import type { StageRow } from './pipelines.repo.ts'
import { badRequest } from './stage-rules.ts'

export interface Closing {
  status: DealStatus
  closedAt: Date | null
  closeReason: string | null
}

/**
 * The status a deal has in `stage`: open, or won/lost with when and why. A lost deal needs a
 * reason (400 naming closeReason); one already closed the same way keeps its date and reason.
 */
export function closingFor(
  stage: StageRow,
  current: Closing | null,
  closeReason: string | undefined,
  now: Date,
): Closing {
  if (stage.kind === 'open') return { status: 'open', closedAt: null, closeReason: null }
  const same = current?.status === stage.kind
  const reason = closeReason ?? (same ? current.closeReason : null)
  if (stage.kind === 'lost' && !reason)
    throw badRequest('closeReason', 'Say why the deal was lost (closeReason)')
  return { status: stage.kind, closedAt: same ? (current.closedAt ?? now) : now, closeReason: reason ?? null }
}

export interface StageEntry {
  tenantId: string
  deal: { id: string; pipelineId: string; contactId: string | null; companyId: string | null }
  from: { id: string; name: string; enteredAt: Date } | null
  to: StageRow
  byUserId: string | null
  now: Date
}

/** Writes the history row and the timeline entry; answers the change id automations key on. */
export async function recordStageEntry(tx: PgTx, entry: StageEntry): Promise<string> {
  const { tenantId, deal, from, to, now } = entry
  const changeId = newId('dealStageChange', now.getTime())
  await tx.insert(dealStageChanges).values({
    id: changeId,
    tenantId,
    dealId: deal.id,
    pipelineId: deal.pipelineId,
    fromStageId: from?.id ?? null,
    toStageId: to.id,
    secondsInFromStage: from
      ? Math.max(0, Math.round((now.getTime() - from.enteredAt.getTime()) / 1000))
      : null,
    byUserId: entry.byUserId,
    at: now,
  })
  await recordActivity(tx, {
    tenantId,
    dealId: deal.id,
    contactId: deal.contactId,
    companyId: deal.companyId,
    type: 'stage_change',
    subject: from ? `Moved to ${to.name}` : `Created in ${to.name}`,
    body: from ? `Stage changed from “${from.name}” to “${to.name}”.` : `Deal created in stage “${to.name}”.`,
    meta: { changeId, pipelineId: deal.pipelineId, fromStageId: from?.id ?? null, toStageId: to.id },
    createdByUserId: entry.byUserId,
    at: now,
  })
  return changeId
}
