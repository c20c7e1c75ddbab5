// Column groups and policies the branch-scoped CRM tables share. Each call builds fresh columns:
// drizzle binds a column builder to the one table it is declared in.
import {
  branchScopePolicy,
  pgTimestamp,
  pgTimestampOptional,
  tenantIsolationPolicy,
} from '../../../lib/pg-columns.ts'

/**
 * When a record was deleted (an undoable delete keeps the row for a while, until the purge
 * removes it), created and last updated.
 */
export const recordTimes = () => ({
  deletedAt: pgTimestampOptional('deleted_at'),
  createdAt: pgTimestamp('created_at'),
  updatedAt: pgTimestamp('updated_at').$onUpdate(() => new Date()),
})

/** Row level security of a branch-scoped table: the tenant's rows, then the actor's branches. */
export const branchScopedPolicies = (table: string) => [
  tenantIsolationPolicy(table),
  branchScopePolicy(table),
]
