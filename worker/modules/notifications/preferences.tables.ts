// D1: how each member wants to hear about leads; no row means the defaults below.
import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { tenants } from '../tenants/tenants.tables.ts'

export const notificationPreferences = sqliteTable(
  'notification_preferences',
  {
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    userId: text('user_id').notNull(),
    // Dashboard toasts for new leads in the member's branches (assigned-to-me always shows).
    inAppNewLeads: integer('in_app_new_leads', { mode: 'boolean' }).notNull().default(true),
    sound: integer('sound', { mode: 'boolean' }).notNull().default(false),
    // E-mail when a lead is assigned to me, and when an SLA breach escalates to me.
    emailAssigned: integer('email_assigned', { mode: 'boolean' }).notNull().default(true),
    emailEscalations: integer('email_escalations', { mode: 'boolean' }).notNull().default(true),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.userId] })],
)
