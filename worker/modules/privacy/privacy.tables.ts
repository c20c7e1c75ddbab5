// D1: data exports (a user's own data, or a whole tenant's), written to R2 by a queued job.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { createdAt } from '../../lib/time.ts'
import { users } from '../auth/auth.tables.ts'

export const dataExports = sqliteTable(
  'data_exports',
  {
    id: text('id').primaryKey(),
    scope: text('scope', { enum: ['user', 'tenant'] }).notNull(),
    tenantId: text('tenant_id'),
    requestedBy: text('requested_by')
      .notNull()
      .references(() => users.id),
    status: text('status', { enum: ['queued', 'running', 'ready', 'failed'] }).notNull(),
    // 0..100, shown as a progress bar while the job runs.
    progress: integer('progress').notNull().default(0),
    objectKey: text('object_key'),
    bytes: integer('bytes'),
    error: text('error'),
    completedAt: integer('completed_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [index('data_exports_requester').on(t.requestedBy, t.createdAt)],
)
