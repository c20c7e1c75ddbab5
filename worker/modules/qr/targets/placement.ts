// Which brand and branch a code belongs to: what analytics group it under and who may manage it.
import type { TenantCtx } from '../../../context.ts'
import { ApiError, type FieldIssue } from '../../../lib/errors.ts'
import { canSeeBranch } from '../../auth/index.ts'
import type { QrTarget } from '../qr.model.ts'
import { findBrandColors } from '../qr.repo.ts'
import type { BranchLookup } from './branch-lookup.ts'

export interface CodePlacement {
  brandId: string | null
  branchId: string | null
  /** The brand's colours, for design defaults; null for an organisation-level code. */
  colors: { primary: string; background?: string; text?: string } | null
}

/** The branch a target names, which a code without an explicit branch belongs to. */
export const targetBranchId = (target: QrTarget | null | undefined): string | null =>
  target && 'branchId' in target && target.branchId ? target.branchId : null

/**
 * The code's branch (given, else its target's) and brand (the branch's, else given). A member
 * limited to some branches may only place codes on those; organisation-level codes (no
 * branch) are for unscoped members.
 */
export async function placeCode(
  ctx: TenantCtx,
  lookup: BranchLookup,
  wanted: { brandId: string | null; branchId: string | null },
  issues: FieldIssue[],
): Promise<CodePlacement> {
  if (!wanted.branchId && ctx.actor.branchIds !== null)
    throw new ApiError(
      'FORBIDDEN',
      'Members limited to some branches can only make codes for one of their branches',
    )
  const branch =
    wanted.branchId && canSeeBranch(ctx.actor, wanted.branchId) ? await lookup(wanted.branchId) : null
  if (wanted.branchId && !branch) {
    issues.push({ path: 'branchId', message: `Branch ${wanted.branchId} not found` })
    return { brandId: null, branchId: null, colors: null }
  }
  if (branch && wanted.brandId && wanted.brandId !== branch.brandId)
    issues.push({ path: 'brandId', message: 'That branch belongs to another brand' })
  const brandId = branch?.brandId ?? wanted.brandId
  const brand = brandId ? await findBrandColors(ctx.d1, ctx.tenantId, brandId) : undefined
  if (brandId && !brand) issues.push({ path: 'brandId', message: `Brand ${brandId} not found` })
  return { brandId: brand?.id ?? null, branchId: branch?.id ?? null, colors: brand?.colors ?? null }
}
