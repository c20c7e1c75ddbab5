// Postgres: files attached to contacts, companies and deals; the bytes are in R2 (ASSETS bucket,
// key `crm/{tenantId}/{attachmentId}`), counted against the plan's storage.
import { bigint, index, pgTable, text } from 'drizzle-orm/pg-core'
import { pgTimestamp, pgTimestampOptional, tenantIdColumn } from '../../../lib/pg-columns.ts'
import { CRM_ENTITIES } from '../fields/fields.tables.ts'
import { branchScopedPolicies } from '../shared/record-columns.ts'

export const attachments = pgTable(
  'attachments',
  {
    id: text('id').primaryKey(),
    tenantId: tenantIdColumn(),
    entity: text('entity', { enum: CRM_ENTITIES }).notNull(),
    entityId: text('entity_id').notNull(),
    // Copied from the record it is attached to, for the branch policy.
    branchId: text('branch_id'),
    r2Key: text('r2_key').notNull(),
    filename: text('filename').notNull(),
    // Sniffed from the bytes, not taken from the upload's claim.
    contentType: text('content_type').notNull(),
    byteSize: bigint('byte_size', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    uploadedByUserId: text('uploaded_by_user_id'),
    deletedAt: pgTimestampOptional('deleted_at'),
    createdAt: pgTimestamp('created_at'),
  },
  (t) => [
    index('attachments_record').on(t.tenantId, t.entity, t.entityId, t.createdAt),
    ...branchScopedPolicies('attachments'),
  ],
).enableRLS()
