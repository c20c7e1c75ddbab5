// Postgres: the custom fields a tenant defines for contacts, companies and deals. Values live in
// each record's `custom_fields` JSONB, keyed by `key`, checked against these on every write.
import { boolean, index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core'
import {
  pgTimestamp,
  pgTimestampOptional,
  tenantIdColumn,
  tenantIsolationPolicy,
} from '../../../lib/pg-columns.ts'

export const CRM_ENTITIES = ['contact', 'company', 'deal'] as const
export type CrmEntity = (typeof CRM_ENTITIES)[number]

export const FIELD_TYPES = ['text', 'number', 'date', 'select', 'multi_select', 'url'] as const
export type FieldType = (typeof FIELD_TYPES)[number]

export const crmFields = pgTable(
  'crm_fields',
  {
    id: text('id').primaryKey(),
    tenantId: tenantIdColumn(),
    entity: text('entity', { enum: CRM_ENTITIES }).notNull(),
    // Stable machine name (`a-z0-9_`), never changed once values exist; the label can change.
    key: text('key').notNull(),
    label: text('label').notNull(),
    type: text('type', { enum: FIELD_TYPES }).notNull(),
    // select and multi_select: the allowed values, in display order.
    options: jsonb('options').$type<string[]>().notNull().default([]),
    required: boolean('required').notNull().default(false),
    position: integer('position').notNull().default(0),
    // Archived fields keep their values but are no longer shown or accepted.
    archivedAt: pgTimestampOptional('archived_at'),
    createdAt: pgTimestamp('created_at'),
  },
  (t) => [
    uniqueIndex('crm_fields_tenant_entity_key').on(t.tenantId, t.entity, t.key),
    index('crm_fields_tenant').on(t.tenantId, t.entity, t.position),
    tenantIsolationPolicy('crm_fields'),
  ],
).enableRLS()
