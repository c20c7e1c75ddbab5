// Postgres: everything done or to do about a contact, company or deal (tasks, calls, meetings,
// notes, and what the system records: lead touches, assignments, stage changes), and the
// templates people start activities from, under RLS.
import { sql } from 'drizzle-orm'
import { index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core'
import {
  pgTimestamp,
  pgTimestampOptional,
  tenantIdColumn,
  tenantIsolationPolicy,
  tsvector,
} from '../../../lib/pg-columns.ts'
import { companies, contacts } from '../contacts/contacts.tables.ts'
import { deals } from '../deals/deals.tables.ts'
import { branchScopedPolicies, recordTimes } from '../shared/record-columns.ts'

export const ACTIVITY_TYPES = [
  'note',
  'task',
  'call',
  'meeting',
  'email',
  'whatsapp',
  'form_submission',
  // Lead pipeline: a later arrival merged into an open lead, an owner set, a status moved, the SLA.
  'touch',
  'assignment',
  'status_change',
  'sla_breach',
  'escalation',
  // CRM: a deal entered a stage; two records became one.
  'stage_change',
  'merge',
] as const
export type ActivityType = (typeof ACTIVITY_TYPES)[number]

/** What people log and plan by hand; the rest are written by the system. */
export const USER_ACTIVITY_TYPES = [
  'note',
  'task',
  'call',
  'meeting',
] as const satisfies readonly ActivityType[]
export type UserActivityType = (typeof USER_ACTIVITY_TYPES)[number]

export const CALL_OUTCOMES = ['connected', 'no_answer', 'voicemail', 'busy', 'wrong_number'] as const
export type CallOutcome = (typeof CALL_OUTCOMES)[number]

export const activities = pgTable(
  'activities',
  {
    id: text('id').primaryKey(),
    tenantId: tenantIdColumn(),
    // What it is about: at least one of contact, company and deal (checked in the migration).
    contactId: text('contact_id').references(() => contacts.id, { onDelete: 'cascade' }),
    companyId: text('company_id').references(() => companies.id, { onDelete: 'cascade' }),
    dealId: text('deal_id').references(() => deals.id, { onDelete: 'cascade' }),
    // The branch of the record it is about, copied on write, so the branch policy needs no join.
    branchId: text('branch_id'),
    // A TS enum only (no database check), so new kinds need no migration.
    type: text('type', { enum: ACTIVITY_TYPES }).notNull(),
    subject: text('subject'),
    body: text('body').notNull(),
    // Tasks and planned calls/meetings: when due, when to remind, who does it, when it was done.
    dueAt: pgTimestampOptional('due_at'),
    remindAt: pgTimestampOptional('remind_at'),
    reminderSentAt: pgTimestampOptional('reminder_sent_at'),
    assigneeUserId: text('assignee_user_id'),
    completedAt: pgTimestampOptional('completed_at'),
    completedByUserId: text('completed_by_user_id'),
    // Meetings: when; calls: how long and how it went.
    startsAt: pgTimestampOptional('starts_at'),
    endsAt: pgTimestampOptional('ends_at'),
    durationMinutes: integer('duration_minutes'),
    outcome: text('outcome', { enum: CALL_OUTCOMES }),
    // Members @mentioned in the body (user ids), told once when the note is saved.
    mentions: text('mentions').array().notNull().default(sql`'{}'::text[]`),
    templateId: text('template_id'),
    createdByUserId: text('created_by_user_id'),
    // System activities' particulars (stage ids, lead id, merged record ids …).
    meta: jsonb('meta').$type<Record<string, unknown>>(),
    ...recordTimes(),
    search: tsvector('search').generatedAlwaysAs(
      sql`to_tsvector('simple', coalesce(subject, '') || ' ' || coalesce(body, ''))`,
    ),
  },
  (t) => [
    index('activities_tenant_contact').on(t.tenantId, t.contactId, t.createdAt),
    index('activities_tenant_company').on(t.tenantId, t.companyId, t.createdAt),
    index('activities_tenant_deal').on(t.tenantId, t.dealId, t.createdAt),
    index('activities_tenant_due')
      .on(t.tenantId, t.assigneeUserId, t.dueAt)
      .where(sql`${t.completedAt} is null and ${t.dueAt} is not null`),
    index('activities_reminders_due')
      .on(t.remindAt)
      .where(sql`${t.reminderSentAt} is null and ${t.completedAt} is null and ${t.deletedAt} is null`),
    index('activities_tenant_calendar').on(t.tenantId, t.startsAt),
    // The activity report counts what was created and completed in a date range.
    index('activities_tenant_created').on(t.tenantId, t.createdAt),
    index('activities_tenant_completed')
      .on(t.tenantId, t.completedAt)
      .where(sql`${t.completedAt} is not null`),
    index('activities_search').using('gin', t.search),
    ...branchScopedPolicies('activities'),
  ],
).enableRLS()

export const activityTemplates = pgTable(
  'activity_templates',
  {
    id: text('id').primaryKey(),
    tenantId: tenantIdColumn(),
    name: text('name').notNull(),
    type: text('type', { enum: USER_ACTIVITY_TYPES }).notNull(),
    subject: text('subject'),
    body: text('body').notNull().default(''),
    dueInMinutes: integer('due_in_minutes'),
    remindBeforeMinutes: integer('remind_before_minutes'),
    durationMinutes: integer('duration_minutes'),
    createdAt: pgTimestamp('created_at'),
  },
  (t) => [index('activity_templates_tenant').on(t.tenantId), tenantIsolationPolicy('activity_templates')],
).enableRLS()
