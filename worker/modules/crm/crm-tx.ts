import type { TenantCtx } from '../../context.ts'
import { type PgTx, withTenant } from '../../lib/pg.ts'

/**
 * A CRM transaction for the request's actor: the tenant and, for a branch-scoped manager,
 * their branches are set in the database session, so the row level security policies (not
 * only the queries) keep them to their own records.
 */
export function crmTx<T>(ctx: TenantCtx, fn: (tx: PgTx) => Promise<T>): Promise<T> {
  return withTenant(ctx.pg(), ctx.tenantId, fn, ctx.actor.branchIds)
}
