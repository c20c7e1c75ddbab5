// D1: invitations to join a tenant; the membership is created when one is accepted.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { createdAt } from '../../lib/time.ts'
import { users } from '../auth/auth.tables.ts'
import { ROLES } from '../auth/permissions.ts'
import { tenants } from '../tenants/tenants.tables.ts'

export const invitations = sqliteTable(
  'invitations',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    email: text('email').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    // Branch scope the new member gets; empty means every branch.
    branchIds: text('branch_ids', { mode: 'json' }).$type<string[]>().notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    invitedBy: text('invited_by')
      .notNull()
      .references(() => users.id),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    acceptedAt: integer('accepted_at', { mode: 'timestamp_ms' }),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [index('invitations_tenant').on(t.tenantId, t.createdAt)],
)
