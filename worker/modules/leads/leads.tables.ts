// Postgres (through Hyperdrive): leads, each tied to a contact, under RLS.
import { index, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core'
import { pgTimestamp, tenantIdColumn, tenantIsolationPolicy } from '../../lib/pg-columns.ts'
import { contacts } from '../crm/crm.tables.ts'

export const LEAD_STATUSES = ['new', 'contacted', 'qualified', 'won', 'lost'] as const
export const LEAD_SOURCES = ['microsite_form', 'staff_card', 'booking_request'] as const

export const leads = pgTable(
  'leads',
  {
    id: text('id').primaryKey(),
    tenantId: tenantIdColumn(),
    contactId: text('contact_id')
      .notNull()
      .references(() => contacts.id),
    brandId: text('brand_id').notNull(),
    branchId: text('branch_id').notNull(),
    // The staff member whose personal card took the lead; it is theirs to answer.
    staffId: text('staff_id'),
    source: text('source', { enum: LEAD_SOURCES }).notNull(),
    status: text('status', { enum: LEAD_STATUSES }).notNull().default('new'),
    message: text('message'),
    // Submitted fields as received (after validation), kept for the timeline and exports.
    fields: jsonb('fields').$type<Record<string, string>>().notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    createdAt: pgTimestamp('created_at'),
  },
  (t) => [
    // A retried form post or queue redelivery carries the same key: one lead, not two.
    uniqueIndex('leads_tenant_idempotency').on(t.tenantId, t.idempotencyKey),
    index('leads_tenant_created').on(t.tenantId, t.createdAt, t.id),
    tenantIsolationPolicy('leads'),
  ],
).enableRLS()
