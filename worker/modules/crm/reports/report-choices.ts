import { and, asc, eq, isNull, sql } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import { canSeeBranch } from '../../auth/index.ts'
import { branches } from '../../brands/index.ts'
import { crmTx } from '../crm-tx.ts'
import { memberNames } from './report-scope.ts'
import type { ReportChoices } from './reports.schemas.ts'

/**
 * What the report filters offer: the pipelines, the branches this member may see and the
 * members who can own records, by name. Every role that reads the CRM may see these names (they
 * appear on the reports anyway), which the team list does not allow agents and viewers.
 */
export async function reportChoices(ctx: TenantCtx): Promise<ReportChoices> {
  const pipelines = await crmTx(ctx, async (tx) => {
    const result = await tx.execute<{ id: string; name: string; is_default: boolean }>(sql`
      select id, name, is_default from pipelines
      where tenant_id = ${ctx.tenantId} and archived_at is null
      order by is_default desc, position, created_at`)
    return result.rows
  })
  const branchRows = await ctx.d1
    .select({ id: branches.id, name: branches.name })
    .from(branches)
    .where(and(eq(branches.tenantId, ctx.tenantId), isNull(branches.archivedAt)))
    .orderBy(asc(branches.name))
  const names = await memberNames(ctx)
  return {
    pipelines: pipelines.map((p) => ({ id: p.id, name: p.name, isDefault: p.is_default })),
    branches: branchRows.filter((b) => canSeeBranch(ctx.actor, b.id)),
    owners: [...names].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
  }
}
