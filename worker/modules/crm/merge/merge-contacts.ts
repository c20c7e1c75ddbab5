import { and, eq, inArray } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import type { PgTx } from '../../../lib/pg.ts'
import { recordActivity } from '../activities/record-activity.ts'
import { contacts } from '../contacts/contacts.tables.ts'
import { crmTx } from '../crm-tx.ts'
import { sendCrmMessages } from '../jobs/send-crm-message.ts'
import { recordsInOrder } from '../shared/live-records.ts'
import { CONTACT_MERGE_FIELDS, type ContactRecord, mergedContact } from './contact-merge-values.ts'
import { moveContactRecords } from './contact-moves.ts'
import type { MergeBody, MergeResult } from './merge.schemas.ts'
import { createdBy, describeMerge } from './merge-activity.ts'
import { auditMerge, planMerge } from './merge-plan.ts'
import { acrossBranches } from './merge-scope.ts'

/**
 * The contacts in `ids` order (locked for a merge); a 404 naming the first that is not a live contact the
 * actor may see (another tenant's, another branch's, a deleted one): nothing has changed yet.
 */
export const loadContacts = (
  tx: PgTx,
  tenantId: string,
  ids: string[],
  lock = true,
): Promise<ContactRecord[]> => recordsInOrder(tx, contacts, 'Contact', tenantId, ids, lock)

/**
 * Merges contacts into the primary in one transaction: chosen field values, the other
 * addresses and numbers kept as further ones, tags together, and every lead, touch, activity,
 * deal, company link and file re-pointed; then the merged contacts are deleted for good and the
 * primary's timeline says what happened. Its score is recomputed afterwards.
 */
export async function mergeContacts(ctx: TenantCtx, body: MergeBody): Promise<MergeResult> {
  const { tenantId } = ctx
  const ids = [body.primaryId, ...body.mergeIds]
  const result = await crmTx(ctx, async (tx) => {
    const records = await loadContacts(tx, tenantId, ids)
    const { values, sources, move } = await planMerge(
      ctx,
      tx,
      'contact',
      body,
      records,
      CONTACT_MERGE_FIELDS,
      mergedContact,
    )
    const moved = await acrossBranches(tx, ctx.actor.branchIds, () => moveContactRecords(tx, move))
    // Deleted before the primary takes their e-mail or phone: both are unique per tenant.
    await tx.delete(contacts).where(and(eq(contacts.tenantId, tenantId), inArray(contacts.id, body.mergeIds)))
    await tx
      .update(contacts)
      .set({ ...values, updatedAt: ctx.now() })
      .where(and(eq(contacts.tenantId, tenantId), eq(contacts.id, body.primaryId)))
    const activityId = await recordActivity(tx, {
      tenantId,
      contactId: body.primaryId,
      type: 'merge',
      ...describeMerge(
        'contact',
        records.slice(1).map((r) => ({ id: r.id, name: r.name, detail: r.email ?? r.phone })),
        moved,
        sources,
      ),
      createdByUserId: createdBy(ctx.actor),
      at: ctx.now(),
    })
    return { primaryId: body.primaryId, mergedIds: body.mergeIds, activityId, moved }
  })
  await auditMerge(ctx, 'contact', body)
  await sendCrmMessages(ctx, [{ type: 'crm.score', tenantId, contactIds: [body.primaryId] }])
  return result
}
