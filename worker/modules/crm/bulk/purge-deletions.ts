// Daily: records deleted longer ago than the undo window are removed for good, with everything
// that hangs off them (a contact's leads and their touches, activities, company links, files
// and their bytes in R2). Tenants are found through the SECURITY DEFINER lookup (ids only);
// each is then purged in its own transactions, a batch at a time.
import { and, eq, inArray, isNotNull, lt, or, sql } from 'drizzle-orm'
import type { Ctx } from '../../../context.ts'
import { type PgTx, withTenant } from '../../../lib/pg.ts'
import { leads, leadTouches } from '../../leads/leads.tables.ts'
import { activities } from '../activities/activities.tables.ts'
import { contactCompanies } from '../contacts/contacts.tables.ts'
import type { CrmEntity } from '../fields/fields.tables.ts'
import { attachments } from '../files/files.tables.ts'
import { crmUndo } from './bulk.tables.ts'
import { ENTITY_TABLE } from './undo-columns.ts'
import { UNDO_WINDOW_MS } from './undo-log.ts'

const BATCH = 500
const ENTITIES: readonly CrmEntity[] = ['contact', 'company', 'deal']

/** Removes one batch of `entity` records deleted before `cutoff`; answers their R2 keys and count. */
async function purgeBatch(tx: PgTx, tenantId: string, entity: CrmEntity, cutoff: Date) {
  const table = ENTITY_TABLE[entity]
  const rows = await tx
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.tenantId, tenantId), isNotNull(table.deletedAt), lt(table.deletedAt, cutoff)))
    .limit(BATCH)
  const ids = rows.map((r) => r.id)
  if (ids.length === 0) return { keys: [] as string[], count: 0 }
  const files = await tx
    .delete(attachments)
    .where(
      and(
        eq(attachments.tenantId, tenantId),
        eq(attachments.entity, entity),
        inArray(attachments.entityId, ids),
      ),
    )
    .returning({ key: attachments.r2Key })
  if (entity === 'contact') await purgeContactDependants(tx, tenantId, ids)
  else if (entity === 'company')
    await tx
      .delete(activities)
      .where(and(eq(activities.tenantId, tenantId), inArray(activities.companyId, ids)))
  else
    await tx.delete(activities).where(and(eq(activities.tenantId, tenantId), inArray(activities.dealId, ids)))
  await tx.delete(table).where(and(eq(table.tenantId, tenantId), inArray(table.id, ids)))
  return { keys: files.map((f) => f.key), count: ids.length }
}

/** A contact's leads (and every touch of them), its own touches, activities and company links. */
async function purgeContactDependants(tx: PgTx, tenantId: string, ids: string[]) {
  const leadIds = tx
    .select({ id: leads.id })
    .from(leads)
    .where(and(eq(leads.tenantId, tenantId), inArray(leads.contactId, ids)))
  await tx
    .delete(leadTouches)
    .where(
      and(
        eq(leadTouches.tenantId, tenantId),
        or(inArray(leadTouches.contactId, ids), inArray(leadTouches.leadId, leadIds)),
      ),
    )
  await tx.delete(leads).where(and(eq(leads.tenantId, tenantId), inArray(leads.contactId, ids)))
  await tx
    .delete(activities)
    .where(and(eq(activities.tenantId, tenantId), inArray(activities.contactId, ids)))
  await tx
    .delete(contactCompanies)
    .where(and(eq(contactCompanies.tenantId, tenantId), inArray(contactCompanies.contactId, ids)))
}

async function purgeTenant(ctx: Ctx, tenantId: string, cutoff: Date): Promise<number> {
  let purged = 0
  for (const entity of ENTITIES) {
    for (;;) {
      const batch = await withTenant(ctx.pg(), tenantId, (tx) => purgeBatch(tx, tenantId, entity, cutoff))
      // The rows are gone; files whose bytes fail to go are logged (nothing can reach them).
      for (let i = 0; i < batch.keys.length; i += 1000) {
        await ctx.env.MEDIA.delete(batch.keys.slice(i, i + 1000)).catch((error: unknown) =>
          ctx.log.error('purged attachments left in R2', { tenantId, count: batch.keys.length, error }),
        )
      }
      purged += batch.count
      if (batch.count < BATCH) break
    }
  }
  // Undo entries past their window can no longer be used.
  await withTenant(ctx.pg(), tenantId, (tx) =>
    tx.delete(crmUndo).where(and(eq(crmUndo.tenantId, tenantId), lt(crmUndo.expiresAt, cutoff))),
  )
  return purged
}

/** Cron (daily): answers how many contacts, companies and deals were removed for good. */
export async function purgeCrmDeletions(ctx: Ctx): Promise<number> {
  const cutoff = new Date(ctx.now().getTime() - UNDO_WINDOW_MS)
  const tenants = await ctx
    .pg()
    .execute<{ tenant_id: string }>(
      sql`select tenant_id from crm_tenants_with_deletions(${cutoff.toISOString()}::timestamptz)`,
    )
  let purged = 0
  for (const { tenant_id: tenantId } of tenants.rows) {
    try {
      purged += await purgeTenant(ctx, tenantId, cutoff)
    } catch (error) {
      // One tenant's failure must not keep the others' deletions forever; tomorrow retries it.
      ctx.log.error('crm purge failed for a tenant', { tenantId, error })
    }
  }
  if (purged > 0) ctx.log.info('crm deletions purged', { tenants: tenants.rows.length, purged })
  return purged
}
