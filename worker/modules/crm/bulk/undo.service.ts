// Undoing a bulk change or a single delete: the before-images go back while the window is
// open, once, by the member (or API key) who made the change or an owner or admin.
import { and, eq, inArray, isNull } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { recordAudit } from '../../audit/index.ts'
import { crmTx } from '../crm-tx.ts'
import { announceDeal } from '../deals/deal-events.ts'
import { deals } from '../deals/deals.tables.ts'
import { isUniqueViolation } from '../fields/pg-errors.ts'
import type { UndoResult } from './bulk.schemas.ts'
import { rescore } from './bulk.service.ts'
import { crmUndo } from './bulk.tables.ts'
import { restoreBeforeImages } from './undo-columns.ts'
import { actorIdOf } from './undo-log.ts'

/** Boards hear of deals brought back (a single deal delete is undone here too). */
async function announceRestoredDeals(ctx: TenantCtx, ids: string[]) {
  const rows = await crmTx(ctx, (tx) =>
    tx
      .select()
      .from(deals)
      .where(and(eq(deals.tenantId, ctx.tenantId), inArray(deals.id, ids), isNull(deals.deletedAt))),
  )
  for (const deal of rows) await announceDeal(ctx, 'created', deal)
}

const isAdmin = (ctx: TenantCtx) =>
  ctx.actor.kind === 'user' && (ctx.actor.role === 'owner' || ctx.actor.role === 'admin')

export async function undoChange(ctx: TenantCtx, crmUndoId: string): Promise<UndoResult> {
  const now = ctx.now()
  const result = await crmTx(ctx, async (tx) => {
    const [entry] = await tx
      .select()
      .from(crmUndo)
      .where(and(eq(crmUndo.tenantId, ctx.tenantId), eq(crmUndo.id, crmUndoId)))
      .for('update')
    if (!entry) throw new ApiError('NOT_FOUND', `Change ${crmUndoId} not found`)
    if (entry.userId !== actorIdOf(ctx.actor) && !isAdmin(ctx))
      throw new ApiError('FORBIDDEN', 'Only whoever made this change, or an owner or admin, can undo it')
    if (entry.undoneAt) throw new ApiError('CONFLICT', 'This change was already undone')
    if (entry.expiresAt <= now)
      throw new ApiError('GONE', 'This change can no longer be undone: its undo window has ended')
    const count = await restoreBeforeImages(tx, ctx.tenantId, entry.entity, entry.before, now)
    await tx
      .update(crmUndo)
      .set({ undoneAt: now })
      .where(and(eq(crmUndo.tenantId, ctx.tenantId), eq(crmUndo.id, crmUndoId)))
    return { crmUndoId, entity: entry.entity, action: entry.action, count, recordIds: entry.recordIds }
  }).catch((error: unknown) => {
    if (isUniqueViolation(error))
      throw new ApiError(
        'CONFLICT',
        'A record created since then has the same e-mail, phone or domain; the change was not undone',
      )
    throw error
  })
  await recordAudit(ctx, {
    action: 'crm.bulk_undone',
    tenantId: ctx.tenantId,
    actor: ctx.actor,
    target: { type: 'crm_undo', id: crmUndoId },
    metadata: { entity: result.entity, action: result.action, count: result.count },
  })
  if (result.entity === 'contact') await rescore(ctx, result.recordIds)
  if (result.entity === 'deal') await announceRestoredDeals(ctx, result.recordIds)
  return { crmUndoId, entity: result.entity, action: result.action, count: result.count }
}
