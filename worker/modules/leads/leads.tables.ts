// Postgres (through Hyperdrive): leads, each tied to a contact, and every arrival (touch) that
// made or refreshed one, under RLS.
import { sql } from 'drizzle-orm'
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core'
import { pgTimestamp, tenantIdColumn, tenantIsolationPolicy } from '../../lib/pg-columns.ts'
import { contacts } from '../crm/contacts/contacts.tables.ts'
import type { LeadConsent, LeadSpam, LeadUtm } from './lead-message.ts'

export const LEAD_STATUSES = ['new', 'contacted', 'qualified', 'won', 'lost'] as const
export type LeadStatus = (typeof LEAD_STATUSES)[number]
export const LEAD_SOURCES = [
  'microsite_form',
  'staff_card',
  'booking_request',
  'facebook',
  'google_ads',
  'linkedin',
  'whatsapp',
  'webhook',
] as const
export type LeadSource = (typeof LEAD_SOURCES)[number]

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' })

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
    // The connected source (lead_sources in D1) and form (lead_forms) it came through, if any.
    sourceId: text('source_id'),
    formId: text('form_id'),
    // The platform's own id for the lead (Facebook leadgen id, Google lead id …).
    externalId: text('external_id'),
    status: text('status', { enum: LEAD_STATUSES }).notNull().default('new'),
    message: text('message'),
    // Submitted fields as received (after validation), kept for the timeline and exports.
    fields: jsonb('fields').$type<Record<string, string>>().notNull(),
    utm: jsonb('utm').$type<LeadUtm>(),
    consent: jsonb('consent').$type<LeadConsent>(),
    // Marked, never dropped: heuristics and a missing captcha raise the score; spam is kept out
    // of notifications and assignment but stays in the inbox under its own filter.
    spam: boolean('spam').notNull().default(false),
    spamScore: integer('spam_score').notNull().default(0),
    spamReasons: jsonb('spam_reasons').$type<LeadSpam['reasons']>().notNull().default([]),
    // Assignment: the member (D1 user id) who owns the lead, and why.
    ownerUserId: text('owner_user_id'),
    assignedAt: at('assigned_at'),
    assignmentReason: text('assignment_reason'),
    // First-response SLA: when an answer is due, when one came, and how far it escalated.
    slaDueAt: at('sla_due_at'),
    firstResponseAt: at('first_response_at'),
    slaBreachedAt: at('sla_breached_at'),
    escalationLevel: integer('escalation_level').notNull().default(0),
    touchCount: integer('touch_count').notNull().default(1),
    lastTouchAt: at('last_touch_at'),
    idempotencyKey: text('idempotency_key').notNull(),
    createdAt: pgTimestamp('created_at'),
    updatedAt: at('updated_at')
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    // A retried form post or queue redelivery carries the same key: one lead, not two.
    uniqueIndex('leads_tenant_idempotency').on(t.tenantId, t.idempotencyKey),
    index('leads_tenant_created').on(t.tenantId, t.createdAt, t.id),
    index('leads_tenant_contact').on(t.tenantId, t.contactId, t.createdAt),
    index('leads_tenant_owner').on(t.tenantId, t.ownerUserId, t.createdAt),
    index('leads_tenant_sla_open')
      .on(t.tenantId, t.slaDueAt)
      .where(sql`${t.firstResponseAt} is null and ${t.slaDueAt} is not null`),
    tenantIsolationPolicy('leads'),
  ],
).enableRLS()

/**
 * Every arrival of a person through any source: the first one made the lead, later ones within
 * the de-duplication window were merged into it. The idempotency key makes a resent form,
 * a re-delivered webhook or a retried queue message one touch.
 */
export const leadTouches = pgTable(
  'lead_touches',
  {
    id: text('id').primaryKey(),
    tenantId: tenantIdColumn(),
    leadId: text('lead_id')
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
    contactId: text('contact_id')
      .notNull()
      .references(() => contacts.id),
    source: text('source', { enum: LEAD_SOURCES }).notNull(),
    sourceId: text('source_id'),
    formId: text('form_id'),
    externalId: text('external_id'),
    branchId: text('branch_id').notNull(),
    message: text('message'),
    fields: jsonb('fields').$type<Record<string, string>>().notNull(),
    utm: jsonb('utm').$type<LeadUtm>(),
    consent: jsonb('consent').$type<LeadConsent>(),
    spamScore: integer('spam_score').notNull().default(0),
    // The QR scan (qr_scans id in D1) whose visit sent this touch, when it came through a code.
    visitId: text('visit_id'),
    idempotencyKey: text('idempotency_key').notNull(),
    // Set once the touch's notifications, webhooks and SLA clock were handed on, so a retried
    // message re-stores nothing and re-sends nothing.
    dispatchedAt: at('dispatched_at'),
    createdAt: pgTimestamp('created_at'),
  },
  (t) => [
    uniqueIndex('lead_touches_tenant_idempotency').on(t.tenantId, t.idempotencyKey),
    index('lead_touches_tenant_lead').on(t.tenantId, t.leadId, t.createdAt),
    tenantIsolationPolicy('lead_touches'),
  ],
).enableRLS()
