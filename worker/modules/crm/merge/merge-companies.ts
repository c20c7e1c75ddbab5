import { and, eq, inArray } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import type { PgTx } from '../../../lib/pg.ts'
import { recordActivity } from '../activities/record-activity.ts'
import { ancestorsOf } from '../companies/company-hierarchy.ts'
import { companies, contactCompanies } from '../contacts/contacts.tables.ts'
import { crmTx } from '../crm-tx.ts'
import { sendCrmMessages } from '../jobs/send-crm-message.ts'
import { recordsInOrder } from '../shared/live-records.ts'
import { COMPANY_MERGE_FIELDS, type CompanyRecord, mergedCompany } from './company-merge-values.ts'
import { moveCompanyRecords } from './company-moves.ts'
import type { MergeBody, MergeResult } from './merge.schemas.ts'
import { createdBy, describeMerge } from './merge-activity.ts'
import { auditMerge, planMerge } from './merge-plan.ts'
import { acrossBranches } from './merge-scope.ts'

/** The companies in `ids` order (locked for a merge); a 404 naming the first the actor cannot merge. */
export const loadCompanies = (
  tx: PgTx,
  tenantId: string,
  ids: string[],
  lock = true,
): Promise<CompanyRecord[]> => recordsInOrder(tx, companies, 'Company', tenantId, ids, lock)

/** A 409 when the kept parent sits below one of the merged companies (the tree would loop). */
async function assertNoLoop(tx: PgTx, tenantId: string, parentId: string | null, ids: string[]) {
  if (!parentId) return
  const above = await ancestorsOf(tx, tenantId, parentId, { withDeleted: true })
  if (above.some((a) => ids.includes(a.id)))
    throw new ApiError('CONFLICT', 'The parent chosen is a subsidiary of a company being merged', {
      errors: [{ path: 'fields.parentId', message: 'That would make the hierarchy a loop' }],
    })
}

/** The people of the company, for rescoring (a fit rule may look at their company). */
async function peopleOf(tx: PgTx, tenantId: string, companyId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: contactCompanies.contactId })
    .from(contactCompanies)
    .where(and(eq(contactCompanies.tenantId, tenantId), eq(contactCompanies.companyId, companyId)))
  return rows.map((r) => r.id)
}

/**
 * Merges companies into the primary in one transaction, as mergeContacts does for people:
 * chosen values, tags together; links, deals, activities, files and subsidiaries re-pointed;
 * the merged companies deleted for good; a `merge` entry on the primary's timeline.
 */
export async function mergeCompanies(ctx: TenantCtx, body: MergeBody): Promise<MergeResult> {
  const { tenantId } = ctx
  const ids = [body.primaryId, ...body.mergeIds]
  const { result, people } = await crmTx(ctx, async (tx) => {
    const records = await loadCompanies(tx, tenantId, ids)
    const { values, sources, move } = await planMerge(
      ctx,
      tx,
      'company',
      body,
      records,
      COMPANY_MERGE_FIELDS,
      mergedCompany,
    )
    const moved = await acrossBranches(tx, ctx.actor.branchIds, async () => {
      await assertNoLoop(tx, tenantId, values.parentId, ids)
      return moveCompanyRecords(tx, move)
    })
    // Deleted before the primary takes their domain: it is unique among live companies.
    await tx
      .delete(companies)
      .where(and(eq(companies.tenantId, tenantId), inArray(companies.id, body.mergeIds)))
    await tx
      .update(companies)
      .set({ ...values, updatedAt: ctx.now() })
      .where(and(eq(companies.tenantId, tenantId), eq(companies.id, body.primaryId)))
    const activityId = await recordActivity(tx, {
      tenantId,
      companyId: body.primaryId,
      type: 'merge',
      ...describeMerge(
        'company',
        records.slice(1).map((r) => ({ id: r.id, name: r.name, detail: r.domain })),
        moved,
        sources,
      ),
      createdByUserId: createdBy(ctx.actor),
      at: ctx.now(),
    })
    const result = { primaryId: body.primaryId, mergedIds: body.mergeIds, activityId, moved }
    return { result, people: await peopleOf(tx, tenantId, body.primaryId) }
  })
  await auditMerge(ctx, 'company', body)
  const batches = Array.from({ length: Math.ceil(people.length / 500) }, (_, i) =>
    people.slice(i * 500, i * 500 + 500),
  )
  await sendCrmMessages(
    ctx,
    batches.map((contactIds) => ({ type: 'crm.score' as const, tenantId, contactIds })),
  )
  return result
}
