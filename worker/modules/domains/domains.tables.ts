// D1: tenants' custom hostnames; KV (host:*) caches this map for the hot path.
import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { createdAt } from '../../lib/time.ts'
import { branches, brands } from '../sites/sites.tables.ts'
import { tenants } from '../tenants/tenants.tables.ts'

export const hostnames = sqliteTable(
  'hostnames',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    hostname: text('hostname').notNull().unique(),
    brandId: text('brand_id')
      .notNull()
      .references(() => brands.id),
    // A hostname for one branch serves that branch at `/`; without one it serves the brand.
    branchId: text('branch_id').references(() => branches.id),
    status: text('status', { enum: ['pending', 'active'] })
      .notNull()
      .default('pending'),
    createdAt: createdAt(),
  },
  (t) => [index('hostnames_tenant').on(t.tenantId)],
)
