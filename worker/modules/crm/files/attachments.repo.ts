import { and, desc, eq, isNull, lt, sql } from 'drizzle-orm'
import { ApiError } from '../../../lib/errors.ts'
import type { PgTx } from '../../../lib/pg.ts'
import { companies, contacts } from '../contacts/contacts.tables.ts'
import { deals } from '../deals/deals.tables.ts'
import type { CrmEntity } from '../fields/fields.tables.ts'
import { attachments } from './files.tables.ts'

export type AttachmentRow = typeof attachments.$inferSelect

const RECORD_TABLES = { contact: contacts, company: companies, deal: deals } as const
const ENTITY_LABEL: Record<CrmEntity, string> = { contact: 'Contact', company: 'Company', deal: 'Deal' }

/**
 * The record files are attached to, as the actor's transaction sees it (row level security
 * hides other branches'); deleted records and other tenants' ids are a 404.
 */
export async function getAttachedRecordOrThrow(
  tx: PgTx,
  tenantId: string,
  entity: CrmEntity,
  entityId: string,
): Promise<{ branchId: string | null }> {
  const table = RECORD_TABLES[entity]
  const [row] = await tx
    .select({ branchId: table.branchId })
    .from(table)
    .where(and(eq(table.tenantId, tenantId), eq(table.id, entityId), isNull(table.deletedAt)))
    .limit(1)
  if (!row) throw new ApiError('NOT_FOUND', `${ENTITY_LABEL[entity]} ${entityId} not found`)
  return row
}

export async function insertAttachment(
  tx: PgTx,
  row: typeof attachments.$inferInsert,
): Promise<AttachmentRow> {
  const [inserted] = await tx.insert(attachments).values(row).returning()
  if (!inserted) throw new Error('attachment insert returned nothing')
  return inserted
}

/** A record's files, newest first (ids sort by time), after the cursor id. */
export function listAttachmentRows(
  tx: PgTx,
  tenantId: string,
  record: { entity: CrmEntity; entityId: string },
  page: { before?: string; limit: number },
): Promise<AttachmentRow[]> {
  return tx
    .select()
    .from(attachments)
    .where(
      and(
        eq(attachments.tenantId, tenantId),
        eq(attachments.entity, record.entity),
        eq(attachments.entityId, record.entityId),
        isNull(attachments.deletedAt),
        page.before ? lt(attachments.id, page.before) : undefined,
      ),
    )
    .orderBy(desc(attachments.id))
    .limit(page.limit)
}

export async function findAttachment(tx: PgTx, tenantId: string, attachmentId: string) {
  const [row] = await tx
    .select()
    .from(attachments)
    .where(
      and(
        eq(attachments.tenantId, tenantId),
        eq(attachments.id, attachmentId),
        isNull(attachments.deletedAt),
      ),
    )
    .limit(1)
  return row
}

export async function softDeleteAttachment(tx: PgTx, tenantId: string, attachmentId: string, at: Date) {
  const rows = await tx
    .update(attachments)
    .set({ deletedAt: at })
    .where(
      and(
        eq(attachments.tenantId, tenantId),
        eq(attachments.id, attachmentId),
        isNull(attachments.deletedAt),
      ),
    )
    .returning({ id: attachments.id })
  return rows.length > 0
}

/** Bytes the tenant keeps in live attachments (deleted ones no longer count). */
export async function storedBytes(tx: PgTx, tenantId: string): Promise<number> {
  const [row] = await tx
    .select({ used: sql<string>`coalesce(sum(${attachments.byteSize}), 0)` })
    .from(attachments)
    .where(and(eq(attachments.tenantId, tenantId), isNull(attachments.deletedAt)))
  return Number(row?.used ?? 0)
}

/**
 * Serialises uploads of one tenant for the rest of the transaction, so two at once cannot
 * both fit in the last megabytes of the quota.
 */
export async function lockTenantStorage(tx: PgTx, tenantId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`crm-storage:${tenantId}`}))`)
}
