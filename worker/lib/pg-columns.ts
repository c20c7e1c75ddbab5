import { sql } from 'drizzle-orm'
import { pgPolicy, pgRole, text, timestamp } from 'drizzle-orm/pg-core'

/**
 * The role every CRM query runs as (`SET LOCAL ROLE` in each transaction). It owns nothing,
 * so row level security always applies to it. Created by migration 0000.
 */
export const appRole = pgRole('vitrine_app').existing()

export const tenantIdColumn = () => text('tenant_id').notNull()

export const pgTimestamp = (name: 'created_at' | 'updated_at') =>
  timestamp(name, { withTimezone: true, mode: 'date' }).notNull().defaultNow()

/**
 * Rows are visible and writable only for the tenant set by `set_config('app.tenant_id', …, true)`
 * in the current transaction; with none set, `current_setting` is NULL or '' and nothing matches.
 */
export const tenantIsolationPolicy = (table: string) =>
  pgPolicy(`${table}_tenant_isolation`, {
    as: 'permissive',
    for: 'all',
    to: appRole,
    using: sql`tenant_id = current_setting('app.tenant_id', true)`,
    withCheck: sql`tenant_id = current_setting('app.tenant_id', true)`,
  })
