import type { TenantCtx } from '../../context.ts'
import { ApiError } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { auditInsert } from '../audit/index.ts'
import { assertTenantImages, mediaRefs } from '../media/index.ts'
import { refreshQrRoutes } from '../qr/refresh-routes.ts'
import { purgePages } from '../sites/index.ts'
import { brandMediaIds, toBrand } from './brand-views.ts'
import {
  type BrandRow,
  findBrand,
  insertBrand,
  listBrands as listRows,
  updateBrandRow,
} from './brands.repo.ts'
import type { Brand, CreateBrandBody, UpdateBrandBody } from './brands.schemas.ts'
import { chooseSlug, claimingSlug, slugAfterEdit } from './slug-choice.ts'
import { dropRedirectFrom, renameStatements } from './slug-store.ts'

const BRAND_SCOPE = { kind: 'brand', scopeId: '' } as const

export async function listBrands(ctx: TenantCtx): Promise<Brand[]> {
  const rows = await listRows(ctx.d1, ctx.tenantId, ctx.actor.branchIds)
  const refs = await mediaRefs(ctx.d1, ctx.tenantId, brandMediaIds(rows))
  return rows.map((row) => toBrand(row, refs))
}

export async function getBrand(ctx: TenantCtx, brandId: string): Promise<Brand> {
  const row = await findBrand(ctx.d1, ctx.tenantId, ctx.actor.branchIds, brandId)
  if (!row) throw new ApiError('NOT_FOUND', `Brand ${brandId} not found`)
  return toBrand(row, await mediaRefs(ctx.d1, ctx.tenantId, brandMediaIds([row])))
}

const assertImages = (ctx: TenantCtx, body: UpdateBrandBody) =>
  assertTenantImages(ctx.d1, ctx.tenantId, [
    { path: 'logoMediaId', id: body.logoMediaId },
    { path: 'coverMediaId', id: body.coverMediaId },
  ])

/** The columns a body sets; `primary_color` mirrors colors.primary for what reads it alone. */
function brandColumns(body: UpdateBrandBody): Partial<BrandRow> {
  return {
    ...(body.name !== undefined && { name: body.name }),
    ...(body.colors !== undefined && { colors: body.colors, primaryColor: body.colors.primary }),
    ...(body.fonts !== undefined && { fonts: body.fonts }),
    ...(body.logoMediaId !== undefined && { logoMediaId: body.logoMediaId }),
    ...(body.coverMediaId !== undefined && { coverMediaId: body.coverMediaId }),
    ...(body.website !== undefined && { website: body.website }),
  }
}

export async function createBrand(ctx: TenantCtx, body: CreateBrandBody): Promise<Brand> {
  await assertImages(ctx, body)
  const now = ctx.now()
  const id = newId('brand', now.getTime())
  const slug = await chooseSlug(ctx.d1, BRAND_SCOPE, { explicit: body.slug, name: body.name, id })
  await claimingSlug(
    slug,
    ctx.d1.batch([
      dropRedirectFrom(ctx.d1, BRAND_SCOPE, slug),
      insertBrand(ctx.d1, {
        id,
        tenantId: ctx.tenantId,
        slug,
        name: body.name,
        ...brandColumns(body),
        createdAt: now,
      }),
      auditInsert(ctx, {
        action: 'brand.created',
        tenantId: ctx.tenantId,
        actor: ctx.actor,
        target: { type: 'brand', id },
        metadata: { name: body.name, slug },
      }),
    ]),
  )
  return getBrand(ctx, id)
}

/**
 * Changes what the body names. A new slug keeps the old one as a redirect in the same batch,
 * and every cached page under either slug is purged: a brand edit shows on all its branches.
 */
export async function updateBrand(ctx: TenantCtx, brandId: string, body: UpdateBrandBody): Promise<Brand> {
  const found = await findBrand(ctx.d1, ctx.tenantId, ctx.actor.branchIds, brandId)
  if (!found) throw new ApiError('NOT_FOUND', `Brand ${brandId} not found`)
  const brand = found.brand
  await assertImages(ctx, body)
  const slug = await slugAfterEdit(ctx.d1, BRAND_SCOPE, brand, body.slug)
  const renamed = slug !== brand.slug
  await claimingSlug(
    slug,
    ctx.d1.batch([
      updateBrandRow(ctx.d1, ctx.tenantId, brandId, { ...brandColumns(body), slug, updatedAt: ctx.now() }),
      ...(renamed
        ? renameStatements(ctx.d1, ctx.tenantId, BRAND_SCOPE, {
            from: brand.slug,
            to: slug,
            targetId: brandId,
          })
        : []),
      auditInsert(ctx, {
        action: 'brand.updated',
        tenantId: ctx.tenantId,
        actor: ctx.actor,
        target: { type: 'brand', id: brandId },
        metadata: { fields: Object.keys(body), ...(renamed && { slug: { from: brand.slug, to: slug } }) },
      }),
    ]),
  )
  const scope = { tenantId: ctx.tenantId, brandId }
  await purgePages(ctx, [
    { ...scope, brandSlug: brand.slug },
    ...(renamed ? [{ ...scope, brandSlug: slug }] : []),
  ])
  // Codes carry the brand's address and its look (name, colour, logo) for their friendly pages.
  await refreshQrRoutes(ctx, scope)
  return getBrand(ctx, brandId)
}
