import type { TenantCtx } from '../../context.ts'
import { ApiError } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { auditInsert } from '../audit/index.ts'
import { assertWithinLimit } from '../billing/index.ts'
import { assertTenantImages, mediaRefs } from '../media/index.ts'
import { refreshQrRoutes } from '../qr/refresh-routes.ts'
import { purgePages } from '../sites/index.ts'
import {
  type BranchWithBrand,
  findBranch,
  insertBranch,
  insertSite,
  listBranches as listRows,
  updateBranchRow,
} from './branches.repo.ts'
import { branchMediaIds, toBranch } from './brand-views.ts'
import { countOpenBranches, findBrand } from './brands.repo.ts'
import type { Branch, CreateBranchBody, ListBranchesQuery, UpdateBranchBody } from './brands.schemas.ts'
import type { branches } from './brands.tables.ts'
import { chooseSlug, claimingSlug, slugAfterEdit } from './slug-choice.ts'
import { dropRedirectFrom, renameStatements } from './slug-store.ts'

export async function listBranches(ctx: TenantCtx, query: ListBranchesQuery): Promise<Branch[]> {
  const rows = await listRows(ctx.d1, ctx.tenantId, ctx.actor.branchIds, query)
  const refs = await mediaRefs(ctx.d1, ctx.tenantId, branchMediaIds(rows))
  return rows.map((row) => toBranch(row, refs))
}

export async function getBranchRowOrThrow(ctx: TenantCtx, branchId: string): Promise<BranchWithBrand> {
  const row = await findBranch(ctx.d1, ctx.tenantId, ctx.actor.branchIds, branchId)
  if (!row) throw new ApiError('NOT_FOUND', `Branch ${branchId} not found`)
  return row
}

export async function getBranch(ctx: TenantCtx, branchId: string): Promise<Branch> {
  const row = await getBranchRowOrThrow(ctx, branchId)
  return toBranch(row, await mediaRefs(ctx.d1, ctx.tenantId, branchMediaIds([row])))
}

const assertGallery = (ctx: TenantCtx, body: UpdateBranchBody) =>
  assertTenantImages(
    ctx.d1,
    ctx.tenantId,
    (body.gallery ?? []).map((image, i) => ({ path: `gallery.${i}.mediaId`, id: image.mediaId })),
  )

/** The detail columns a body sets; each named field is replaced whole. */
function detailColumns(body: UpdateBranchBody): Partial<typeof branches.$inferInsert> {
  const { slug: _slug, ...details } = body
  return Object.fromEntries(Object.entries(details).filter(([, value]) => value !== undefined))
}

/**
 * A branch and its (empty) site in one batch, within the plan's branch limit. Nothing is
 * published yet, so no cached page changes.
 */
export async function createBranch(ctx: TenantCtx, body: CreateBranchBody): Promise<Branch> {
  const { brandId, ...details } = body
  if (!(await findBrand(ctx.d1, ctx.tenantId, null, brandId)))
    throw new ApiError('NOT_FOUND', `Brand ${brandId} not found`)
  await assertWithinLimit(ctx.d1, ctx.tenantId, 'branches', await countOpenBranches(ctx.d1, ctx.tenantId))
  await assertGallery(ctx, details)
  const now = ctx.now()
  const id = newId('branch', now.getTime())
  const scope = { kind: 'branch', scopeId: brandId } as const
  const slug = await chooseSlug(ctx.d1, scope, { explicit: details.slug, name: details.name, id })
  await claimingSlug(
    slug,
    ctx.d1.batch([
      dropRedirectFrom(ctx.d1, scope, slug),
      insertBranch(ctx.d1, {
        ...detailColumns(details),
        id,
        tenantId: ctx.tenantId,
        brandId,
        name: details.name,
        slug,
        createdAt: now,
      }),
      insertSite(ctx.d1, { id: newId('site', now.getTime()), tenantId: ctx.tenantId, branchId: id }),
      auditInsert(ctx, {
        action: 'branch.created',
        tenantId: ctx.tenantId,
        actor: ctx.actor,
        target: { type: 'branch', id },
        metadata: { brandId, name: details.name, slug },
      }),
    ]),
  )
  return getBranch(ctx, id)
}

/** Replaces the named details; a new slug keeps the old as a redirect, in the same batch. */
export async function updateBranch(
  ctx: TenantCtx,
  branchId: string,
  body: UpdateBranchBody,
): Promise<Branch> {
  const row = await getBranchRowOrThrow(ctx, branchId)
  const { branch } = row
  if (branch.archivedAt)
    throw new ApiError('GONE', `Branch ${branchId} is archived; it can no longer be edited`)
  await assertGallery(ctx, body)
  const scope = { kind: 'branch', scopeId: branch.brandId } as const
  const slug = await slugAfterEdit(ctx.d1, scope, branch, body.slug)
  const renamed = slug !== branch.slug
  await claimingSlug(
    slug,
    ctx.d1.batch([
      updateBranchRow(ctx.d1, ctx.tenantId, branchId, { ...detailColumns(body), slug, updatedAt: ctx.now() }),
      ...(renamed
        ? renameStatements(ctx.d1, ctx.tenantId, scope, { from: branch.slug, to: slug, targetId: branchId })
        : []),
      auditInsert(ctx, {
        action: 'branch.updated',
        tenantId: ctx.tenantId,
        actor: ctx.actor,
        target: { type: 'branch', id: branchId },
        metadata: { fields: Object.keys(body), ...(renamed && { slug: { from: branch.slug, to: slug } }) },
      }),
    ]),
  )
  const listed = renamed || body.name !== undefined || body.address !== undefined
  await purgeBranch(ctx, row, renamed ? [branch.slug, slug] : [slug], listed)
  if (renamed || body.whatsapp !== undefined || body.timezone !== undefined)
    await refreshQrRoutes(ctx, { tenantId: ctx.tenantId, branchId })
  return getBranch(ctx, branchId)
}

/** Closes a branch for good: visitors get 410 Gone; the row stays for history and redirects. */
export async function archiveBranch(ctx: TenantCtx, branchId: string): Promise<void> {
  const row = await getBranchRowOrThrow(ctx, branchId)
  if (row.branch.archivedAt) return
  await ctx.d1.batch([
    updateBranchRow(ctx.d1, ctx.tenantId, branchId, { archivedAt: ctx.now(), updatedAt: ctx.now() }),
    auditInsert(ctx, {
      action: 'branch.archived',
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      target: { type: 'branch', id: branchId },
      metadata: { name: row.branch.name },
    }),
  ])
  await purgeBranch(ctx, row, [row.branch.slug], true)
}

/**
 * Purges the branch's pages under each of `slugs`; with `listed`, the whole brand's too, since
 * the brand's landing page lists its branches by name, address and path.
 */
export function purgeBranch(ctx: TenantCtx, row: BranchWithBrand, slugs: string[], listed = false) {
  const brand = { tenantId: ctx.tenantId, brandId: row.branch.brandId, brandSlug: row.brandSlug }
  if (listed) return purgePages(ctx, [brand])
  return purgePages(
    ctx,
    slugs.map((branchSlug) => ({ ...brand, branchId: row.branch.id, branchSlug })),
  )
}
