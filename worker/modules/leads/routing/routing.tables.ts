// D1: how leads find an owner (ordered assignment rules), who can take them (availability and
// shifts), and each branch's first-response target and notification channels.
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { createdAt } from '../../../lib/time.ts'
import { branches } from '../../brands/brands.tables.ts'
import { tenants } from '../../tenants/tenants.tables.ts'
import type { RuleAction, RuleMatch, Shifts } from './routing.model.ts'

const tenantId = () =>
  text('tenant_id')
    .notNull()
    .references(() => tenants.id)

export const routingRules = sqliteTable(
  'routing_rules',
  {
    id: text('id').primaryKey(),
    tenantId: tenantId(),
    name: text('name').notNull(),
    // Rules are tried in position order; the first that matches and finds someone wins.
    position: integer('position').notNull(),
    match: text('match', { mode: 'json' }).$type<RuleMatch>().notNull(),
    action: text('action', { mode: 'json' }).$type<RuleAction>().notNull(),
    // Skip members who are away or off shift (else only away members are skipped).
    respectShifts: integer('respect_shifts', { mode: 'boolean' }).notNull().default(true),
    enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('routing_rules_tenant_position').on(t.tenantId, t.position)],
)

/** A member's own switch (available / away) and their weekly shifts; no row: available, no shifts. */
export const agentAvailability = sqliteTable(
  'agent_availability',
  {
    tenantId: tenantId(),
    userId: text('user_id').notNull(),
    status: text('status', { enum: ['available', 'away'] })
      .notNull()
      .default('available'),
    shifts: text('shifts', { mode: 'json' }).$type<Shifts>(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.userId] })],
)

/** A branch's first-response target and where its new leads are announced; no row: defaults. */
export const branchLeadSettings = sqliteTable('branch_lead_settings', {
  branchId: text('branch_id')
    .primaryKey()
    .references(() => branches.id),
  tenantId: tenantId(),
  // Minutes to the first response; null turns the SLA clock off for the branch.
  firstResponseMinutes: integer('first_response_minutes').default(15),
  // Count only the branch's opening hours (a lead at 22:00 is due 15 minutes after opening).
  workingHoursOnly: integer('working_hours_only', { mode: 'boolean' }).notNull().default(true),
  notifyEmail: integer('notify_email', { mode: 'boolean' }).notNull().default(true),
  notifyWhatsapp: integer('notify_whatsapp', { mode: 'boolean' }).notNull().default(false),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
})
