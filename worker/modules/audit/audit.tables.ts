// D1: the audit log: who did what, when and from where. Append-only.
import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { createdAt } from '../../lib/time.ts'

export const auditEvents = sqliteTable(
  'audit_events',
  {
    id: text('id').primaryKey(),
    // Null for platform-level events (a super-admin suspending a tenant, a failed sign-in).
    tenantId: text('tenant_id'),
    actorType: text('actor_type', { enum: ['user', 'api_key', 'system'] }).notNull(),
    actorId: text('actor_id'),
    // Kept as written at the time, so the log still reads after a user or key is deleted.
    actorLabel: text('actor_label'),
    impersonatorId: text('impersonator_id'),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    location: text('location'),
    metadata: text('metadata', { mode: 'json' }).$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [
    index('audit_events_tenant_created').on(t.tenantId, t.createdAt, t.id),
    index('audit_events_actor').on(t.actorId, t.createdAt),
  ],
)
