/**
 * Which codes an analytics request covers, as a condition on qr_codes: always the tenant's and
 * within the actor's branch scope (a code without a branch belongs to the brand or the
 * organisation, which only unscoped members see), narrowed to one code, branch or brand.
 * A code, branch or brand that is another tenant's, or outside the scope, is not found.
 * Archived codes count: their scans happened, and their history stays.
 */
import { and, eq, inArray, or, type SQL } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { inBranchScope } from '../../auth/index.ts'
import { branches, brands } from '../../brands/index.ts'
import { qrCodes } from '../qr.tables.ts'

export interface ScopeFilter {
  qrCodeId?: string
  brandId?: string
  branchId?: string
}

export async function codeScope(ctx: TenantCtx, filter: ScopeFilter): Promise<SQL> {
  const scope = ctx.actor.branchIds
  const conditions: (SQL | undefined)[] = [
    eq(qrCodes.tenantId, ctx.tenantId),
    inBranchScope(qrCodes.branchId, scope),
  ]
  if (filter.qrCodeId) {
    const [code] = await ctx.d1
      .select({ id: qrCodes.id })
      .from(qrCodes)
      .where(and(...conditions, eq(qrCodes.id, filter.qrCodeId)))
      .limit(1)
    if (!code) throw new ApiError('NOT_FOUND', `QR code ${filter.qrCodeId} not found`)
    conditions.push(eq(qrCodes.id, code.id))
  }
  if (filter.branchId) {
    const [branch] = await ctx.d1
      .select({ id: branches.id })
      .from(branches)
      .where(
        and(
          eq(branches.tenantId, ctx.tenantId),
          eq(branches.id, filter.branchId),
          inBranchScope(branches.id, scope),
        ),
      )
      .limit(1)
    if (!branch) throw new ApiError('NOT_FOUND', `Branch ${filter.branchId} not found`)
    conditions.push(eq(qrCodes.branchId, branch.id))
  }
  if (filter.brandId) {
    const [brand] = await ctx.d1
      .select({ id: brands.id })
      .from(brands)
      .where(and(eq(brands.tenantId, ctx.tenantId), eq(brands.id, filter.brandId)))
      .limit(1)
    if (!brand) throw new ApiError('NOT_FOUND', `Brand ${filter.brandId} not found`)
    const brandBranches = ctx.d1
      .select({ id: branches.id })
      .from(branches)
      .where(and(eq(branches.tenantId, ctx.tenantId), eq(branches.brandId, brand.id)))
    conditions.push(or(eq(qrCodes.brandId, brand.id), inArray(qrCodes.branchId, brandBranches)))
  }
  return and(...conditions)!
}
