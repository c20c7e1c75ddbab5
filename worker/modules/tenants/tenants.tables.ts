// D1: tenants (organisations), the root every tenant-owned row points at.
import { sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { createdAt } from '../../lib/time.ts'
import { plans } from '../billing/billing.tables.ts'

export const tenants = sqliteTable('tenants', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  planId: text('plan_id')
    .notNull()
    .references(() => plans.id),
  status: text('status', { enum: ['active', 'suspended'] })
    .notNull()
    .default('active'),
  createdAt: createdAt(),
})
