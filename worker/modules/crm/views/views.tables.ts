// Postgres: a member's saved list views (filters, sort, columns) for contacts, companies, deals.
import { index, jsonb, pgTable, text } from 'drizzle-orm/pg-core'
import { pgTimestamp, tenantIdColumn, tenantIsolationPolicy } from '../../../lib/pg-columns.ts'
import { CRM_ENTITIES } from '../fields/fields.tables.ts'
import type { CrmFilter, CrmSort } from '../filters/filter.schemas.ts'

export const crmViews = pgTable(
  'crm_views',
  {
    id: text('id').primaryKey(),
    tenantId: tenantIdColumn(),
    // Saved views are personal: only their owner lists, changes or deletes them.
    userId: text('user_id').notNull(),
    entity: text('entity', { enum: CRM_ENTITIES }).notNull(),
    name: text('name').notNull(),
    filter: jsonb('filter').$type<CrmFilter>().notNull(),
    sort: jsonb('sort').$type<CrmSort>(),
    columns: jsonb('columns').$type<string[]>().notNull().default([]),
    createdAt: pgTimestamp('created_at'),
    updatedAt: pgTimestamp('updated_at').$onUpdate(() => new Date()),
  },
  (t) => [index('crm_views_user').on(t.tenantId, t.userId, t.entity), tenantIsolationPolicy('crm_views')],
).enableRLS()
