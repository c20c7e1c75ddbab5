/**
 * Whose numbers a request reads, as the rollup scopes to sum: the organisation's own scope
 * (its tenant id), a brand's, or branches'. A member limited to some branches reads only
 * theirs: for a brand or the organisation, the sum of their branches in it. Another tenant's
 * brand, branch or site is not found (404); a branch outside the member's scope is 403.
 */
import { and, eq, inArray } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { canSeeBranch } from '../../auth/index.ts'
import { branches, brands } from '../../brands/index.ts'
import { sites } from '../../sites/sites.tables.ts'

export interface AnalyticsScope {
  level: 'tenant' | 'brand' | 'branch'
  /** The tenant, brand or branch id. */
  id: string
  /** The brand's or branch's name; the organisation's is ''. */
  name: string
  brandId: string | null
  /** Rollup scopes (analytics_daily.scope) whose rows add up to this scope's numbers. */
  keys: string[]
  /** For raw events: null means every event of `brandId` (or of the tenant when that is null too). */
  branchIds: string[] | null
}

export interface ScopeFilter {
  brandId?: string
  branchId?: string
  siteId?: string
}

const forbidden = () =>
  new ApiError('FORBIDDEN', 'You can only see analytics for the branches you look after')

async function branchOfSite(ctx: TenantCtx, siteId: string): Promise<string> {
  const [site] = await ctx.d1
    .select({ branchId: sites.branchId })
    .from(sites)
    .where(and(eq(sites.tenantId, ctx.tenantId), eq(sites.id, siteId)))
    .limit(1)
  if (!site) throw new ApiError('NOT_FOUND', `Site ${siteId} not found`)
  return site.branchId
}

async function branchScope(ctx: TenantCtx, branchId: string, brandId?: string): Promise<AnalyticsScope> {
  const [branch] = await ctx.d1
    .select({ id: branches.id, name: branches.name, brandId: branches.brandId })
    .from(branches)
    .where(and(eq(branches.tenantId, ctx.tenantId), eq(branches.id, branchId)))
    .limit(1)
  if (!branch) throw new ApiError('NOT_FOUND', `Branch ${branchId} not found`)
  if (brandId && branch.brandId !== brandId)
    throw new ApiError('BAD_REQUEST', 'That branch is not one of the brand’s', {
      errors: [{ path: 'branchId', message: 'Not a branch of this brand' }],
    })
  if (!canSeeBranch(ctx.actor, branch.id)) throw forbidden()
  return {
    level: 'branch',
    id: branch.id,
    name: branch.name,
    brandId: branch.brandId,
    keys: [branch.id],
    branchIds: [branch.id],
  }
}

/** The actor's own branches, within one brand when given. */
async function scopedBranches(ctx: TenantCtx, allowed: readonly string[], brandId?: string) {
  if (allowed.length === 0) return []
  const rows = await ctx.d1
    .select({ id: branches.id })
    .from(branches)
    .where(
      and(
        eq(branches.tenantId, ctx.tenantId),
        inArray(branches.id, [...allowed]),
        brandId ? eq(branches.brandId, brandId) : undefined,
      ),
    )
  return rows.map((row) => row.id)
}

export async function resolveScope(ctx: TenantCtx, filter: ScopeFilter): Promise<AnalyticsScope> {
  const branchId = filter.siteId ? await branchOfSite(ctx, filter.siteId) : filter.branchId
  if (branchId) return branchScope(ctx, branchId, filter.brandId)
  const allowed = ctx.actor.branchIds
  if (filter.brandId) {
    const [brand] = await ctx.d1
      .select({ id: brands.id, name: brands.name })
      .from(brands)
      .where(and(eq(brands.tenantId, ctx.tenantId), eq(brands.id, filter.brandId)))
      .limit(1)
    if (!brand) throw new ApiError('NOT_FOUND', `Brand ${filter.brandId} not found`)
    if (allowed === null)
      return {
        level: 'brand',
        id: brand.id,
        name: brand.name,
        brandId: brand.id,
        keys: [brand.id],
        branchIds: null,
      }
    const mine = await scopedBranches(ctx, allowed, brand.id)
    if (mine.length === 0) throw forbidden()
    return { level: 'brand', id: brand.id, name: brand.name, brandId: brand.id, keys: mine, branchIds: mine }
  }
  if (allowed === null)
    return {
      level: 'tenant',
      id: ctx.tenantId,
      name: '',
      brandId: null,
      keys: [ctx.tenantId],
      branchIds: null,
    }
  const mine = await scopedBranches(ctx, allowed)
  return { level: 'tenant', id: ctx.tenantId, name: '', brandId: null, keys: mine, branchIds: mine }
}
