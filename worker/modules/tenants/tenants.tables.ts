// D1: tenants (organisations), the root every tenant-owned row points at.
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { createdAt } from '../../lib/time.ts'
import { plans } from '../billing/billing.tables.ts'

export const TENANT_STATUSES = ['active', 'suspended', 'deleted'] as const

export const tenants = sqliteTable('tenants', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  planId: text('plan_id')
    .notNull()
    .references(() => plans.id),
  status: text('status', { enum: TENANT_STATUSES }).notNull().default('active'),
  // Soft delete: the tenant is unreachable from deletedAt, and purged by cron after purgeAfter.
  deletedAt: integer('deleted_at', { mode: 'timestamp_ms' }),
  purgeAfter: integer('purge_after', { mode: 'timestamp_ms' }),
  suspendedReason: text('suspended_reason'),
  createdAt: createdAt(),
})
