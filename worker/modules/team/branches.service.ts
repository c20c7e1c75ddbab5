import type { TenantCtx } from '../../context.ts'
import { listBranches as listBranchRows } from './team.repo.ts'
import type { BranchList } from './team.schemas.ts'

/** The branches a scope can be chosen from, limited to the actor's own scope. */
export async function listBranches(ctx: TenantCtx): Promise<BranchList['data']> {
  return listBranchRows(ctx.d1, ctx.tenantId, ctx.actor.branchIds)
}
