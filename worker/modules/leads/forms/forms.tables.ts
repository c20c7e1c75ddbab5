// D1: lead forms, one or more per site, rendered by the microsite and validated on submission.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { createdAt } from '../../../lib/time.ts'
import { sites } from '../../sites/sites.tables.ts'
import { tenants } from '../../tenants/tenants.tables.ts'
import type { FormField } from './form.model.ts'

export const leadForms = sqliteTable(
  'lead_forms',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    siteId: text('site_id')
      .notNull()
      .references(() => sites.id),
    name: text('name').notNull(),
    fields: text('fields', { mode: 'json' }).$type<FormField[]>().notNull(),
    consentText: text('consent_text'),
    consentRequired: integer('consent_required', { mode: 'boolean' }).notNull().default(true),
    marketingText: text('marketing_text'),
    turnstile: integer('turnstile', { mode: 'boolean' }).notNull().default(true),
    submitLabel: text('submit_label').notNull().default(''),
    successMessage: text('success_message').notNull().default(''),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    // Archived forms stop taking submissions (404) but their leads keep the form id.
    archivedAt: integer('archived_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('lead_forms_tenant_site').on(t.tenantId, t.siteId)],
)
