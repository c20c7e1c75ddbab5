import { and, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import type { D1Db } from '../../lib/d1.ts'
import { type BranchScope, inBranchScope } from '../auth/index.ts'
import { branches, brands } from '../brands/brands.tables.ts'
import type { SiteContent } from './content/site-content.ts'
import { sites, siteVersions } from './sites.tables.ts'

/**
 * One row per site, with what the builder's lists show. The status compares the stored JSON
 * texts, which settles nearly every site without loading any content: every write here goes
 * through `canonicalJson`, so equal content is equal text. Content written elsewhere (seeds,
 * imports) may differ only in key order, so 'changed' is confirmed with `contentsOf`.
 */
const summaryColumns = {
  id: sites.id,
  brandId: brands.id,
  brandSlug: brands.slug,
  brandName: brands.name,
  branchId: branches.id,
  branchSlug: branches.slug,
  branchName: branches.name,
  template: sql<
    string | null
  >`coalesce(json_extract(${sites.draft}, '$.template'), json_extract(${siteVersions.content}, '$.template'))`,
  status: sql<'draft' | 'published' | 'changed'>`case
    when ${sites.publishedVersionId} is null then 'draft'
    when ${sites.draft} is null or ${sites.draft} = ${siteVersions.content} then 'published'
    else 'changed' end`,
  publishedVersionId: sites.publishedVersionId,
  publishedNumber: siteVersions.number,
  publishedAt: siteVersions.publishedAt,
  draftUpdatedAt: sites.draftUpdatedAt,
}

export type SiteSummaryRow = Awaited<ReturnType<typeof listSites>>[number]

/** The actor's live (not archived) branches' sites within the tenant. */
const visibleSites = (tenantId: string, scope: BranchScope, match?: SQL) =>
  and(eq(sites.tenantId, tenantId), inBranchScope(sites.branchId, scope), isNull(branches.archivedAt), match)

const publishedVersionOf = (tenantId: string) =>
  and(eq(siteVersions.id, sites.publishedVersionId), eq(siteVersions.tenantId, tenantId))

/** The tenant's sites within the actor's branches; archived branches have none. */
export function listSites(db: D1Db, tenantId: string, scope: BranchScope) {
  return db
    .select(summaryColumns)
    .from(sites)
    .innerJoin(branches, eq(branches.id, sites.branchId))
    .innerJoin(brands, eq(brands.id, branches.brandId))
    .leftJoin(siteVersions, publishedVersionOf(tenantId))
    .where(visibleSites(tenantId, scope))
    .orderBy(brands.slug, branches.slug)
}

/** A site of the tenant that the actor's branch scope reaches, with its draft; any other looks missing. */
export async function findSite(db: D1Db, tenantId: string, scope: BranchScope, siteId: string) {
  const [site] = await db
    .select({
      ...summaryColumns,
      draft: sites.draft,
      publishedContent: siteVersions.content,
      previewTokenHash: sites.previewTokenHash,
      previewExpiresAt: sites.previewExpiresAt,
    })
    .from(sites)
    .innerJoin(branches, eq(branches.id, sites.branchId))
    .innerJoin(brands, eq(brands.id, branches.brandId))
    .leftJoin(siteVersions, publishedVersionOf(tenantId))
    .where(visibleSites(tenantId, scope, eq(sites.id, siteId)))
    .limit(1)
  return site
}
export type SiteRow = NonNullable<Awaited<ReturnType<typeof findSite>>>

/** The draft and live content of some sites, to compare them whole. */
export async function contentsOf(db: D1Db, tenantId: string, siteIds: string[]) {
  const rows = []
  // D1 binds at most 100 parameters per statement.
  for (let i = 0; i < siteIds.length; i += 90) {
    rows.push(
      ...(await db
        .select({ id: sites.id, draft: sites.draft, publishedContent: siteVersions.content })
        .from(sites)
        .innerJoin(siteVersions, publishedVersionOf(tenantId))
        .where(and(eq(sites.tenantId, tenantId), inArray(sites.id, siteIds.slice(i, i + 90))))),
    )
  }
  return rows
}

/** JSON with object keys sorted, so the same content is always stored as the same text. */
export function canonicalJson<T>(value: T): T {
  if (Array.isArray(value)) return value.map(canonicalJson) as T
  if (value === null || typeof value !== 'object') return value
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  )
  return Object.fromEntries(entries.map(([k, v]) => [k, canonicalJson(v)])) as T
}

const siteMatch = (tenantId: string, siteId: string) =>
  and(eq(sites.tenantId, tenantId), eq(sites.id, siteId))

export interface DraftWrite {
  content: SiteContent
  updatedAt: Date
  updatedBy: string | null
}

/** The statement that replaces a site's draft; for batches. */
export function draftUpdate(db: D1Db, tenantId: string, siteId: string, draft: DraftWrite) {
  return db
    .update(sites)
    .set({
      draft: canonicalJson(draft.content),
      draftUpdatedAt: draft.updatedAt,
      draftUpdatedBy: draft.updatedBy,
    })
    .where(siteMatch(tenantId, siteId))
}

/**
 * Saves a draft unless it changed since `expected` (a draftUpdatedAt, null for never edited;
 * undefined skips the check). The check and the write are one statement, so two editors
 * saving at once cannot both pass it. False when the check failed.
 */
export async function saveDraft(
  db: D1Db,
  tenantId: string,
  siteId: string,
  draft: DraftWrite,
  expected: Date | null | undefined,
): Promise<boolean> {
  const unchanged =
    expected === undefined
      ? undefined
      : expected === null
        ? isNull(sites.draftUpdatedAt)
        : eq(sites.draftUpdatedAt, expected)
  const updated = await db
    .update(sites)
    .set({
      draft: canonicalJson(draft.content),
      draftUpdatedAt: draft.updatedAt,
      draftUpdatedBy: draft.updatedBy,
    })
    .where(and(siteMatch(tenantId, siteId), unchanged))
    .returning({ id: sites.id })
  return updated.length === 1
}

/** Stores the hash and expiry of the site's shared preview link (null, null revokes it). */
export async function setPreviewLink(
  db: D1Db,
  tenantId: string,
  siteId: string,
  link: { tokenHash: string; expiresAt: Date } | null,
  also: BatchItem<'sqlite'>[] = [],
) {
  await db.batch([
    db
      .update(sites)
      .set({ previewTokenHash: link?.tokenHash ?? null, previewExpiresAt: link?.expiresAt ?? null })
      .where(siteMatch(tenantId, siteId)),
    ...also,
  ])
}
