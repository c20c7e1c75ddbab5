// Postgres: bulk edits, tags and deletes, each with what it changed, so it can be undone for a
// while (UNDO_WINDOW_MS); the daily purge then removes deleted rows for good.
import { index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core'
import {
  pgTimestamp,
  pgTimestampOptional,
  tenantIdColumn,
  tenantIsolationPolicy,
} from '../../../lib/pg-columns.ts'
import { CRM_ENTITIES } from '../fields/fields.tables.ts'

export const BULK_ACTIONS = ['update', 'tag', 'untag', 'delete'] as const
export type BulkAction = (typeof BULK_ACTIONS)[number]

export const crmUndo = pgTable(
  'crm_undo',
  {
    id: text('id').primaryKey(),
    tenantId: tenantIdColumn(),
    userId: text('user_id').notNull(),
    entity: text('entity', { enum: CRM_ENTITIES }).notNull(),
    action: text('action', { enum: BULK_ACTIONS }).notNull(),
    recordIds: text('record_ids').array().notNull(),
    count: integer('count').notNull(),
    // Each record's changed columns as they were before, by id.
    before: jsonb('before').$type<Record<string, Record<string, unknown>>>().notNull(),
    expiresAt: pgTimestamp('expires_at'),
    undoneAt: pgTimestampOptional('undone_at'),
    createdAt: pgTimestamp('created_at'),
  },
  (t) => [index('crm_undo_tenant').on(t.tenantId, t.createdAt), tenantIsolationPolicy('crm_undo')],
).enableRLS()
