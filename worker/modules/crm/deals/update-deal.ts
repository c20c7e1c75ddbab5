import { and, eq, sql } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import type { PgTx } from '../../../lib/pg.ts'
import { writeUndo } from '../bulk/undo-log.ts'
import { crmTx } from '../crm-tx.ts'
import { loadFieldDefs } from '../fields/field-defs.ts'
import { mergeCustomFields, validateCustomFields } from '../fields/validate-fields.ts'
import { announceDeal } from './deal-events.ts'
import { assertBranch, assertOwner, assertWritable, visibleCompany, visibleContact } from './deal-refs.ts'
import { type DealRow, loadParties, toDeal } from './deal-view.ts'
import { getDealRow } from './deals.repo.ts'
import type { Deal, UpdateDealBody } from './deals.schemas.ts'
import { deals } from './deals.tables.ts'
import { badRequest } from './stage-rules.ts'

export type UpdateOutcome = { kind: 'updated'; deal: Deal } | { kind: 'stale'; deal: Deal }

/** The columns a PATCH changes, each checked against what it points at. */
async function changesOf(ctx: TenantCtx, tx: PgTx, row: DealRow, body: UpdateDealBody) {
  const set: Partial<typeof deals.$inferInsert> = {}
  if (body.name !== undefined) set.name = body.name
  if (body.amountMinor !== undefined) set.amountMinor = body.amountMinor
  if (body.currency !== undefined) set.currency = body.currency
  if (body.expectedCloseDate !== undefined) set.expectedCloseDate = body.expectedCloseDate
  if (body.contactId !== undefined)
    set.contactId = body.contactId && (await visibleContact(tx, ctx.tenantId, body.contactId)).id
  if (body.companyId !== undefined)
    set.companyId = body.companyId && (await visibleCompany(tx, ctx.tenantId, body.companyId)).id
  const branchId = body.branchId !== undefined ? body.branchId : row.branchId
  if (body.branchId !== undefined) {
    await assertBranch(ctx, branchId)
    set.branchId = branchId
  }
  const ownerUserId = body.ownerUserId !== undefined ? body.ownerUserId : row.ownerUserId
  // A new owner, or a new branch the owner must still see.
  if (ownerUserId && (body.ownerUserId !== undefined || body.branchId !== undefined))
    await assertOwner(ctx, ownerUserId, branchId)
  if (body.ownerUserId !== undefined) set.ownerUserId = body.ownerUserId
  if (body.closeReason !== undefined) {
    if (row.status === 'open') throw badRequest('closeReason', 'Only a won or lost deal has a close reason')
    set.closeReason = body.closeReason
  }
  if (body.customFields !== undefined) {
    const defs = await loadFieldDefs(tx, ctx.tenantId, 'deal')
    set.customFields = mergeCustomFields(
      row.customFields,
      validateCustomFields(defs, body.customFields, { partial: true }),
    )
  }
  return set
}

/** Edits a deal's fields (its stage changes only by a move). A stale `version` answers 409. */
export async function updateDeal(
  ctx: TenantCtx,
  dealId: string,
  body: UpdateDealBody,
): Promise<UpdateOutcome> {
  const outcome = await crmTx(ctx, async (tx) => {
    const row = await getDealRow(tx, ctx.tenantId, dealId, { lock: true })
    assertWritable(ctx, row)
    const show = async (r: DealRow) => toDeal(r, await loadParties(tx, ctx.tenantId, [r]))
    if (body.version !== undefined && body.version !== row.version)
      return { kind: 'stale' as const, deal: await show(row) }
    const set = await changesOf(ctx, tx, row, body)
    const [updated] = await tx
      .update(deals)
      .set({ ...set, version: sql`${deals.version} + 1`, updatedAt: ctx.now() })
      .where(and(eq(deals.tenantId, ctx.tenantId), eq(deals.id, dealId)))
      .returning()
    if (!updated) throw new Error(`deal ${dealId} vanished inside its own update`)
    return { kind: 'updated' as const, deal: await show(updated) }
  })
  if (outcome.kind === 'updated') await announceDeal(ctx, 'updated', outcome.deal)
  return outcome
}

/** Soft-deletes a deal, undoable for the undo window (POST /crm/undo/{crmUndoId}). */
export async function deleteDeal(ctx: TenantCtx, dealId: string) {
  const now = ctx.now()
  const { deal, undo } = await crmTx(ctx, async (tx) => {
    const row = await getDealRow(tx, ctx.tenantId, dealId, { lock: true })
    assertWritable(ctx, row)
    const [gone] = await tx
      .update(deals)
      .set({ deletedAt: now, version: sql`${deals.version} + 1`, updatedAt: now })
      .where(and(eq(deals.tenantId, ctx.tenantId), eq(deals.id, dealId)))
      .returning()
    if (!gone) throw new Error(`deal ${dealId} vanished inside its own delete`)
    const undo = await writeUndo(tx, {
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      entity: 'deal',
      action: 'delete',
      before: { [dealId]: { deletedAt: null } },
      now,
    })
    return { deal: gone, undo }
  })
  await announceDeal(ctx, 'deleted', deal)
  return { deleted: true as const, crmUndoId: undo.crmUndoId, undoExpiresAt: undo.expiresAt.toISOString() }
}
