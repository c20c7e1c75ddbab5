// Rows to the API's shapes, with media ids turned into public references.
import type { MediaRef } from '../media/index.ts'
import type { BranchWithBrand } from './branches.repo.ts'
import type { BrandWithCount } from './brands.repo.ts'
import type { Branch, Brand, StaffMember } from './brands.schemas.ts'
import type { StaffRow } from './staff.repo.ts'

type Refs = Map<string, MediaRef>
const refOf = (refs: Refs, id: string | null) => (id ? (refs.get(id) ?? null) : null)
const iso = (date: Date | null) => date?.toISOString() ?? null

export const brandMediaIds = (rows: BrandWithCount[]) =>
  rows.flatMap((r) => [r.brand.logoMediaId, r.brand.coverMediaId])

export function toBrand({ brand, branchCount }: BrandWithCount, refs: Refs): Brand {
  return {
    id: brand.id,
    slug: brand.slug,
    name: brand.name,
    colors: brand.colors ?? { primary: brand.primaryColor },
    fonts: brand.fonts ?? { heading: 'system', body: 'system' },
    logo: refOf(refs, brand.logoMediaId),
    cover: refOf(refs, brand.coverMediaId),
    website: brand.website,
    branchCount: Number(branchCount),
    path: `/${brand.slug}`,
    createdAt: brand.createdAt.toISOString(),
    updatedAt: iso(brand.updatedAt),
  }
}

export const branchMediaIds = (rows: BranchWithBrand[]) =>
  rows.flatMap((r) => (r.branch.gallery ?? []).map((image) => image.mediaId))

/** Gallery images whose file was deleted are left out rather than shown broken. */
export function toBranch(row: BranchWithBrand, refs: Refs): Branch {
  const { branch } = row
  return {
    id: branch.id,
    brandId: branch.brandId,
    brandSlug: row.brandSlug,
    brandName: row.brandName,
    slug: branch.slug,
    name: branch.name,
    address: branch.address ?? null,
    timezone: branch.timezone,
    phones: branch.phones ?? [],
    whatsapp: branch.whatsapp,
    email: branch.email,
    hours: branch.hours ?? null,
    social: branch.social ?? [],
    services: branch.services ?? [],
    gallery: (branch.gallery ?? []).flatMap((image) => {
      const ref = refs.get(image.mediaId)
      return ref ? [{ ...image, url: ref.url }] : []
    }),
    payments: branch.payments ?? null,
    siteId: row.siteId,
    published: row.publishedVersionId !== null,
    path: `/${row.brandSlug}/${branch.slug}`,
    archivedAt: iso(branch.archivedAt),
    createdAt: branch.createdAt.toISOString(),
    updatedAt: iso(branch.updatedAt),
  }
}

export function toStaffMember(
  row: StaffRow,
  refs: Refs,
  page: { brandSlug: string; branchSlug: string },
): StaffMember {
  return {
    id: row.id,
    branchId: row.branchId,
    slug: row.slug,
    name: row.name,
    title: row.title,
    bio: row.bio,
    photo: refOf(refs, row.photoMediaId),
    phone: row.phone,
    whatsapp: row.whatsapp,
    email: row.email,
    userId: row.userId,
    position: row.position,
    published: row.published,
    path: `/${page.brandSlug}/${page.branchSlug}/${row.slug}`,
  }
}
