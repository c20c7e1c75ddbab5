// Postgres (through Hyperdrive): contacts, pipelines, stages and activities, under RLS.
import { sql } from 'drizzle-orm'
import { boolean, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core'
import { pgTimestamp, tenantIdColumn, tenantIsolationPolicy } from '../../lib/pg-columns.ts'

export const ACTIVITY_TYPES = [
  'note',
  'task',
  'call',
  'meeting',
  'form_submission',
  // Lead pipeline: a later arrival merged into an open lead, an owner set, a status moved, the SLA.
  'touch',
  'assignment',
  'status_change',
  'sla_breach',
  'escalation',
] as const
export type ActivityType = (typeof ACTIVITY_TYPES)[number]

export const contacts = pgTable(
  'contacts',
  {
    id: text('id').primaryKey(),
    tenantId: tenantIdColumn(),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    createdAt: pgTimestamp('created_at'),
    updatedAt: pgTimestamp('updated_at').$onUpdate(() => new Date()),
  },
  (t) => [
    uniqueIndex('contacts_tenant_email').on(t.tenantId, t.email).where(sql`${t.email} is not null`),
    uniqueIndex('contacts_tenant_phone').on(t.tenantId, t.phone).where(sql`${t.phone} is not null`),
    index('contacts_tenant_created').on(t.tenantId, t.createdAt),
    tenantIsolationPolicy('contacts'),
  ],
).enableRLS()

export const pipelines = pgTable(
  'pipelines',
  {
    id: text('id').primaryKey(),
    tenantId: tenantIdColumn(),
    name: text('name').notNull(),
    isDefault: boolean('is_default').notNull().default(false),
    createdAt: pgTimestamp('created_at'),
  },
  (t) => [index('pipelines_tenant').on(t.tenantId), tenantIsolationPolicy('pipelines')],
).enableRLS()

export const stages = pgTable(
  'stages',
  {
    id: text('id').primaryKey(),
    tenantId: tenantIdColumn(),
    pipelineId: text('pipeline_id')
      .notNull()
      .references(() => pipelines.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    position: integer('position').notNull(),
    winProbability: integer('win_probability').notNull().default(0),
    createdAt: pgTimestamp('created_at'),
  },
  (t) => [
    uniqueIndex('stages_pipeline_position').on(t.pipelineId, t.position),
    tenantIsolationPolicy('stages'),
  ],
).enableRLS()

export const activities = pgTable(
  'activities',
  {
    id: text('id').primaryKey(),
    tenantId: tenantIdColumn(),
    contactId: text('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    // A TS enum only (no database check), so new kinds need no migration.
    type: text('type', { enum: ACTIVITY_TYPES }).notNull(),
    body: text('body').notNull(),
    createdAt: pgTimestamp('created_at'),
  },
  (t) => [
    index('activities_tenant_contact').on(t.tenantId, t.contactId, t.createdAt),
    tenantIsolationPolicy('activities'),
  ],
).enableRLS()
