// Loads what a page shows and decides what a visitor gets: the page, 404 (nothing here, or
// nothing published) or 410 (the branch closed, or the business is suspended or deleted).
import type { Ctx } from '../../../context.ts'
import type { FormDefinition } from '../../leads/forms/form.model.ts'
import { toDefinition } from '../../leads/forms/form-rows.ts'
import { findPageForms } from '../../leads/forms/forms.repo.ts'
import { mediaUrl } from '../../media/index.ts'
import { SiteContent } from '../content/site-content.ts'
import type { CanonicalHost, MediaInfo, PageData } from '../render/page-model.ts'
import {
  type BranchMatch,
  type BranchPageRows,
  type BrandMatch,
  findBranchPageRows,
  findBrandLandingRows,
  findPageMedia,
} from './page-data.repo.ts'

export type Loaded<T> = { status: 'ok'; value: T } | { status: 'missing' } | { status: 'gone' }

const MISSING = { status: 'missing' } as const
const GONE = { status: 'gone' } as const

/** Every media id a page may show: brand logo and cover, gallery, staff photos, hero and products. */
function mediaIdsOf(rows: BranchPageRows, content: SiteContent): string[] {
  const ids: (string | null | undefined)[] = [rows.brand.logoMediaId, rows.brand.coverMediaId]
  for (const image of rows.branch.gallery ?? []) ids.push(image.mediaId)
  for (const person of rows.staff) ids.push(person.photoMediaId)
  for (const section of content.sections) {
    if (section.type === 'hero') ids.push(section.background.mediaId, section.background.posterMediaId)
    if (section.type === 'products') for (const item of section.items) ids.push(item.mediaId)
  }
  return ids.filter((id): id is string => !!id)
}

async function mediaMap(ctx: Ctx, tenantId: string, ids: string[]): Promise<Map<string, MediaInfo>> {
  const rows = await findPageMedia(ctx.d1, tenantId, ids)
  return new Map(rows.map((row) => [row.id, { ...row, url: mediaUrl(row.key) }]))
}

/** The saved forms the page's enabled lead_form sections name; no read when none does. */
async function pageForms(
  ctx: Ctx,
  tenantId: string,
  siteId: string | null,
  content: SiteContent,
): Promise<Map<string, FormDefinition>> {
  const ids = content.sections.flatMap((s) =>
    s.enabled && s.type === 'lead_form' && s.formId ? [s.formId] : [],
  )
  if (!siteId || ids.length === 0) return new Map()
  const rows = await findPageForms(ctx.d1, tenantId, siteId, ids)
  return new Map(rows.map((row) => [row.id, toDefinition(row)]))
}

/** A branch hostname of this branch wins over its brand's hostname; the oldest of each kind. */
function canonicalHostOf(rows: BranchPageRows): CanonicalHost | null {
  const own = rows.hosts.find((h) => h.branchId === rows.branch.id)
  if (own) return { hostname: own.hostname, servesBranch: true }
  const brand = rows.hosts.find((h) => h.branchId === null)
  return brand ? { hostname: brand.hostname, servesBranch: false } : null
}

function toPageData(
  rows: BranchPageRows,
  content: SiteContent,
  loaded: { media: Map<string, MediaInfo>; forms: Map<string, FormDefinition>; turnstileSiteKey: string },
  publishedAt: Date | null,
): PageData {
  const { brand, branch } = rows
  return {
    tenantId: rows.tenantId,
    siteId: rows.siteId ?? '',
    brand: {
      ...brand,
      colors: brand.colors ?? { primary: brand.primaryColor },
      fonts: brand.fonts ?? { heading: 'system', body: 'system' },
    },
    branch: {
      ...branch,
      phones: branch.phones ?? [],
      social: branch.social ?? [],
      services: branch.services ?? [],
      gallery: branch.gallery ?? [],
    },
    content,
    staff: rows.staff,
    ...loaded,
    canonicalHost: canonicalHostOf(rows),
    publishedAt,
  }
}

/**
 * The live page of a branch. `media: false` skips the media and form reads, for form posts
 * that only need to know the branch is live.
 */
export async function loadBranchPage(
  ctx: Ctx,
  match: BranchMatch,
  options: { media?: boolean } = {},
): Promise<Loaded<PageData>> {
  const rows = await findBranchPageRows(ctx.d1, match)
  if (!rows) return MISSING
  if (rows.tenantStatus !== 'active' || rows.branch.archivedAt) return GONE
  if (!rows.siteId || !rows.content) return MISSING
  const parsed = SiteContent.safeParse(rows.content)
  if (!parsed.success) {
    ctx.log.error('published content does not parse; serving 404', {
      siteId: rows.siteId,
      versionId: rows.versionId,
      issues: parsed.error.issues.slice(0, 5),
    })
    return MISSING
  }
  const [media, forms] = await Promise.all([
    options.media === false ? new Map() : mediaMap(ctx, rows.tenantId, mediaIdsOf(rows, parsed.data)),
    options.media === false ? new Map() : pageForms(ctx, rows.tenantId, rows.siteId, parsed.data),
  ])
  const loaded = { media, forms, turnstileSiteKey: ctx.config.TURNSTILE_SITE_KEY }
  return { status: 'ok', value: toPageData(rows, parsed.data, loaded, rows.publishedAt) }
}

/** A draft of the tenant's own branch, whatever its state; null when the branch is not theirs. */
export async function loadPreviewData(
  ctx: Ctx,
  tenantId: string,
  branchId: string,
  content: SiteContent,
): Promise<PageData | null> {
  const rows = await findBranchPageRows(ctx.d1, { branchId, tenantId })
  if (!rows) return null
  const [media, forms] = await Promise.all([
    mediaMap(ctx, tenantId, mediaIdsOf(rows, content)),
    pageForms(ctx, tenantId, rows.siteId, content),
  ])
  // A preview's forms are switched off, so it never loads Turnstile.
  return toPageData(rows, content, { media, forms, turnstileSiteKey: '' }, null)
}

export interface BrandLandingData {
  tenantId: string
  brand: PageData['brand']
  branches: NonNullable<Awaited<ReturnType<typeof findBrandLandingRows>>>['branches']
  logo: MediaInfo | undefined
  /** The brand's own hostname (one that serves the whole brand), if any. */
  brandHost: string | null
}

export async function loadBrandLanding(ctx: Ctx, match: BrandMatch): Promise<Loaded<BrandLandingData>> {
  const rows = await findBrandLandingRows(ctx.d1, match)
  if (!rows) return MISSING
  if (rows.tenantStatus !== 'active') return GONE
  if (rows.branches.length === 0) return MISSING
  const { brand } = rows
  const media = await mediaMap(ctx, rows.tenantId, brand.logoMediaId ? [brand.logoMediaId] : [])
  return {
    status: 'ok',
    value: {
      tenantId: rows.tenantId,
      brand: {
        ...brand,
        colors: brand.colors ?? { primary: brand.primaryColor },
        fonts: brand.fonts ?? { heading: 'system', body: 'system' },
      },
      branches: rows.branches,
      logo: media.get(brand.logoMediaId ?? ''),
      brandHost: rows.hosts.find((h) => h.branchId === null)?.hostname ?? null,
    },
  }
}
