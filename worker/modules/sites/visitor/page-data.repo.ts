// Visitor-side reads: everything a branch page, staff card or brand landing shows, in one D1
// round trip (a batch of selects), plus one for the media those rows name. Public, so rows are
// matched by slug or id, never by the caller's tenant; tenant status is returned, not filtered,
// so that a suspended tenant answers 410 rather than 404.
import {
  type AnyColumn,
  and,
  asc,
  eq,
  inArray,
  isNotNull,
  isNull,
  type SQL,
  type SQLWrapper,
  sql,
} from 'drizzle-orm'
import type { D1Db } from '../../../lib/d1.ts'
import { branches, brands, staffMembers } from '../../brands/brands.tables.ts'
import { hostnames } from '../../domains/index.ts'
import { mediaAssets } from '../../media/media.tables.ts'
import { tenants } from '../../tenants/tenants.tables.ts'
import { sites, siteVersions } from '../sites.tables.ts'

/** How a request names its branch: by slugs on our host, by the hostname's brand or branch elsewhere. */
export type BranchMatch =
  | { brandSlug: string; branchSlug: string }
  | { brandId: string; branchSlug: string }
  | { branchId: string; tenantId?: string }

export type BrandMatch = { brandSlug: string } | { brandId: string }

function branchWhere(match: BranchMatch): SQL {
  if ('branchId' in match)
    return and(
      eq(branches.id, match.branchId),
      match.tenantId ? eq(branches.tenantId, match.tenantId) : undefined,
    )!
  const brand = 'brandSlug' in match ? eq(brands.slug, match.brandSlug) : eq(brands.id, match.brandId)
  return and(brand, eq(branches.slug, match.branchSlug))!
}

const brandWhere = (match: BrandMatch) =>
  'brandSlug' in match ? eq(brands.slug, match.brandSlug) : eq(brands.id, match.brandId)

/**
 * D1 batches return rows as objects keyed by column name, so two selected columns with the same
 * name (brands.id and branches.id) would collide; those get their own names here.
 */
const named = <T>(column: AnyColumn, alias: string) => sql<T>`${column}`.as(alias)

const brandColumns = {
  id: named<string>(brands.id, 'brand_id'),
  slug: named<string>(brands.slug, 'brand_slug'),
  name: named<string>(brands.name, 'brand_name'),
  primaryColor: brands.primaryColor,
  colors: brands.colors,
  fonts: brands.fonts,
  logoMediaId: brands.logoMediaId,
  coverMediaId: brands.coverMediaId,
  website: brands.website,
}

const branchColumns = {
  id: branches.id,
  slug: branches.slug,
  name: branches.name,
  address: branches.address,
  timezone: branches.timezone,
  phones: branches.phones,
  whatsapp: branches.whatsapp,
  email: branches.email,
  hours: branches.hours,
  social: branches.social,
  services: branches.services,
  gallery: branches.gallery,
  payments: branches.payments,
  archivedAt: branches.archivedAt,
}

const staffColumns = {
  id: staffMembers.id,
  slug: staffMembers.slug,
  name: staffMembers.name,
  title: staffMembers.title,
  bio: staffMembers.bio,
  photoMediaId: staffMembers.photoMediaId,
  phone: staffMembers.phone,
  whatsapp: staffMembers.whatsapp,
  email: staffMembers.email,
}

const hostColumns = { hostname: hostnames.hostname, branchId: hostnames.branchId }

/** Active hostnames that serve a brand (and maybe one branch), excluding `www` twins that only redirect. */
const servingHosts = (brandIds: SQLWrapper) =>
  and(inArray(hostnames.brandId, brandIds), eq(hostnames.status, 'active'), isNull(hostnames.redirectTo))

/**
 * The branch with its brand, tenant status, site and live version, its published staff, and the
 * active hostnames of its brand: three selects in one batch. `content` is null when nothing is live.
 */
export async function findBranchPageRows(db: D1Db, match: BranchMatch) {
  const where = branchWhere(match)
  const matched = db
    .select({ id: branches.id })
    .from(branches)
    .innerJoin(brands, eq(brands.id, branches.brandId))
    .where(where)
  const matchedBrand = db
    .select({ id: branches.brandId })
    .from(branches)
    .innerJoin(brands, eq(brands.id, branches.brandId))
    .where(where)
  const [pages, staff, hosts] = await db.batch([
    db
      .select({
        tenantId: branches.tenantId,
        tenantStatus: tenants.status,
        brand: brandColumns,
        branch: branchColumns,
        siteId: named<string | null>(sites.id, 'site_id'),
        versionId: named<string | null>(siteVersions.id, 'version_id'),
        content: siteVersions.content,
        publishedAt: siteVersions.publishedAt,
      })
      .from(branches)
      .innerJoin(brands, eq(brands.id, branches.brandId))
      .innerJoin(tenants, eq(tenants.id, branches.tenantId))
      .leftJoin(sites, eq(sites.branchId, branches.id))
      .leftJoin(siteVersions, eq(siteVersions.id, sites.publishedVersionId))
      .where(where)
      .limit(1),
    db
      .select(staffColumns)
      .from(staffMembers)
      .where(and(inArray(staffMembers.branchId, matched), eq(staffMembers.published, true)))
      .orderBy(asc(staffMembers.position), asc(staffMembers.name)),
    db
      .select(hostColumns)
      .from(hostnames)
      .where(servingHosts(matchedBrand))
      .orderBy(asc(hostnames.createdAt), asc(hostnames.id)),
  ])
  const page = pages[0]
  if (!page) return undefined
  return { ...page, staff, hosts }
}
export type BranchPageRows = NonNullable<Awaited<ReturnType<typeof findBranchPageRows>>>

/** A brand, its tenant's status, its live (published, open) branches and its hostnames. */
export async function findBrandLandingRows(db: D1Db, match: BrandMatch) {
  const matchedBrand = db.select({ id: brands.id }).from(brands).where(brandWhere(match))
  const [found, list, hosts] = await db.batch([
    db
      .select({ tenantId: brands.tenantId, tenantStatus: tenants.status, brand: brandColumns })
      .from(brands)
      .innerJoin(tenants, eq(tenants.id, brands.tenantId))
      .where(brandWhere(match))
      .limit(1),
    db
      .select({ slug: branches.slug, name: branches.name, address: branches.address })
      .from(branches)
      .innerJoin(sites, eq(sites.branchId, branches.id))
      .where(
        and(
          inArray(branches.brandId, matchedBrand),
          isNull(branches.archivedAt),
          isNotNull(sites.publishedVersionId),
        ),
      )
      .orderBy(asc(branches.name)),
    db
      .select(hostColumns)
      .from(hostnames)
      .where(servingHosts(matchedBrand))
      .orderBy(asc(hostnames.createdAt)),
  ])
  const brand = found[0]
  if (!brand) return undefined
  return { ...brand, branches: list, hosts }
}
export type BrandLandingRows = NonNullable<Awaited<ReturnType<typeof findBrandLandingRows>>>

// D1 binds at most 100 parameters per statement.
const MAX_MEDIA_IDS = 90

/** The tenant's media among `ids`, with what an <img>, a <video> or a vCard PHOTO needs. */
export async function findPageMedia(db: D1Db, tenantId: string, ids: readonly string[]) {
  const unique = [...new Set(ids)].slice(0, MAX_MEDIA_IDS)
  if (unique.length === 0) return []
  return db
    .select({
      id: mediaAssets.id,
      key: mediaAssets.key,
      kind: mediaAssets.kind,
      contentType: mediaAssets.contentType,
      bytes: mediaAssets.bytes,
      width: mediaAssets.width,
      height: mediaAssets.height,
    })
    .from(mediaAssets)
    .where(and(eq(mediaAssets.tenantId, tenantId), inArray(mediaAssets.id, unique)))
}

/** The current slug of a brand, for turning an old-slug redirect into a path on its own hostname. */
export async function findBrandSlug(db: D1Db, brandId: string) {
  const [row] = await db.select({ slug: brands.slug }).from(brands).where(eq(brands.id, brandId)).limit(1)
  return row?.slug
}
