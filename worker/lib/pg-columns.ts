import { sql } from 'drizzle-orm'
import { customType, pgPolicy, pgRole, text, timestamp } from 'drizzle-orm/pg-core'

/**
 * The role every CRM query runs as (`SET LOCAL ROLE` in each transaction). It owns nothing,
 * so row level security always applies to it. Created by migration 0000.
 */
export const appRole = pgRole('vitrine_app').existing()

export const tenantIdColumn = () => text('tenant_id').notNull()

export const pgTimestamp = (name: string) =>
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

/**
 * Branch scope, on top of the tenant policy (restrictive, so both must hold). `withTenant` sets
 * `app.branch_ids` to `*` for members who see every branch, else to their branch ids joined by
 * commas. Rows without a branch belong to the whole organisation: scoped members read them but
 * can neither write them nor create one.
 */
export const branchScopePolicy = (table: string) =>
  pgPolicy(`${table}_branch_scope`, {
    as: 'restrictive',
    for: 'all',
    to: appRole,
    using: sql`current_setting('app.branch_ids', true) = '*' or branch_id is null or branch_id = any(string_to_array(current_setting('app.branch_ids', true), ','))`,
    withCheck: sql`current_setting('app.branch_ids', true) = '*' or branch_id = any(string_to_array(current_setting('app.branch_ids', true), ','))`,
  })

/** Postgres full-text document; always a generated column, so writers never maintain it. */
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' })

export const pgTimestampOptional = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' })
