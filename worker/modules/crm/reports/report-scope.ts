import { and, eq, sql } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import type { PgTx } from '../../../lib/pg.ts'
import { canSeeBranch, memberships, users } from '../../auth/index.ts'
import { branches } from '../../brands/index.ts'
import type { ReportFilters } from './report-query.schemas.ts'

/**
 * The filters, each id checked: a branch of another tenant or outside the member's branches
 * and a pipeline of another tenant (RLS hides it) are 404s, like any id that is not theirs.
 * An owner is only compared, so deals of a member who has left still count.
 */
export async function resolveFilters(ctx: TenantCtx, tx: PgTx, query: ReportFilters): Promise<ReportFilters> {
  const { pipelineId, branchId, ownerUserId } = query
  if (branchId) await assertBranchVisible(ctx, branchId)
  if (pipelineId) {
    const found = await tx.execute(
      sql`select 1 from pipelines where tenant_id = ${ctx.tenantId} and id = ${pipelineId}`,
    )
    if (found.rows.length === 0) throw new ApiError('NOT_FOUND', `Pipeline ${pipelineId} not found`)
  }
  return { pipelineId, branchId, ownerUserId }
}

async function assertBranchVisible(ctx: TenantCtx, branchId: string): Promise<void> {
  const missing = () => new ApiError('NOT_FOUND', `Branch ${branchId} not found`)
  if (!canSeeBranch(ctx.actor, branchId)) throw missing()
  const [row] = await ctx.d1
    .select({ id: branches.id })
    .from(branches)
    .where(and(eq(branches.tenantId, ctx.tenantId), eq(branches.id, branchId)))
    .limit(1)
  if (!row) throw missing()
}

/**
 * Display names of this tenant's members by user id, for the owner and member rows. All of
 * them in one query: a tenant has few members, and a list of ids could exceed D1's bound
 * parameters.
 */
export async function memberNames(ctx: TenantCtx): Promise<Map<string, string>> {
  const rows = await ctx.d1
    .select({ id: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.tenantId, ctx.tenantId))
  return new Map(rows.map((r) => [r.id, r.name]))
}
