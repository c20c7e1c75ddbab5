import { and, eq, min } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import { newId } from '../../../lib/ids.ts'
import { crmTx } from '../crm-tx.ts'
import { loadFieldDefs } from '../fields/field-defs.ts'
import { validateCustomFields } from '../fields/validate-fields.ts'
import { afterDealCommit, automationFor } from './deal-events.ts'
import { COLUMN_GAP } from './deal-position.ts'
import {
  actorUserId,
  assertBranch,
  assertOwner,
  entryStage,
  visibleCompany,
  visibleContact,
} from './deal-refs.ts'
import { toDeals } from './deal-view.ts'
import type { CreateDealBody, Deal } from './deals.schemas.ts'
import { deals } from './deals.tables.ts'
import { closingFor, recordStageEntry } from './stage-entry.ts'

/**
 * Creates a deal at the top of its stage's column, with its first history row and timeline
 * entry; the stage's automations run for it as for any deal entering the stage.
 */
export async function createDeal(ctx: TenantCtx, body: CreateDealBody): Promise<Deal> {
  const now = ctx.now()
  const { deal, automation } = await crmTx(ctx, async (tx) => {
    const stage = await entryStage(tx, ctx.tenantId, body.pipelineId, body.stageId)
    const contact = body.contactId ? await visibleContact(tx, ctx.tenantId, body.contactId) : null
    const company = body.companyId ? await visibleCompany(tx, ctx.tenantId, body.companyId) : null
    const branchId =
      body.branchId !== undefined
        ? body.branchId
        : (contact?.branchId ?? company?.branchId ?? onlyBranchOf(ctx))
    await assertBranch(ctx, branchId)
    const ownerUserId = body.ownerUserId !== undefined ? body.ownerUserId : actorUserId(ctx)
    if (ownerUserId) await assertOwner(ctx, ownerUserId, branchId)
    const customFields = validateCustomFields(
      await loadFieldDefs(tx, ctx.tenantId, 'deal'),
      body.customFields,
      {
        partial: false,
      },
    )
    const closing = closingFor(stage, null, body.closeReason, now)
    const [{ top } = { top: null }] = await tx
      .select({ top: min(deals.position) })
      .from(deals)
      .where(
        and(
          eq(deals.tenantId, ctx.tenantId),
          eq(deals.pipelineId, stage.pipelineId),
          eq(deals.stageId, stage.id),
        ),
      )
    const id = newId('deal', now.getTime())
    const [row] = await tx
      .insert(deals)
      .values({
        id,
        tenantId: ctx.tenantId,
        pipelineId: stage.pipelineId,
        stageId: stage.id,
        name: body.name,
        amountMinor: body.amountMinor,
        currency: body.currency,
        expectedCloseDate: body.expectedCloseDate ?? null,
        ownerUserId,
        branchId,
        contactId: contact?.id ?? null,
        companyId: company?.id ?? null,
        ...closing,
        position: top === null ? 0 : top - COLUMN_GAP,
        stageEnteredAt: now,
        customFields,
        createdAt: now,
        updatedAt: now,
      })
      .returning()
    if (!row) throw new Error('the new deal was not returned')
    const changeId = await recordStageEntry(tx, {
      tenantId: ctx.tenantId,
      deal: row,
      from: null,
      to: stage,
      byUserId: actorUserId(ctx),
      now,
    })
    const [deal] = await toDeals(tx, ctx.tenantId, [row])
    if (!deal) throw new Error('the new deal could not be shown')
    return {
      deal,
      automation: await automationFor(tx, ctx.tenantId, { dealId: id, stageId: stage.id, changeId }),
    }
  })
  await afterDealCommit(ctx, 'created', deal, automation)
  return deal
}

/** A member limited to exactly one branch files deals there unless they say otherwise. */
const onlyBranchOf = (ctx: TenantCtx) => (ctx.actor.branchIds?.length === 1 ? ctx.actor.branchIds[0]! : null)
