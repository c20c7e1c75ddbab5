// Publishing: each publish is a new numbered version; the site points at the live one.
import type { BatchItem } from 'drizzle-orm/batch'
import type { TenantCtx } from '../../context.ts'
import { ApiError } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { type AuditAction, auditInsert } from '../audit/index.ts'
import { SiteContent } from './content/site-content.ts'
import { purgePages } from './site-cache.ts'
import { draftUpdate, type SiteRow } from './sites.repo.ts'
import type { SiteDetail, SiteVersion, SiteVersionSummary } from './sites.schemas.ts'
import { actorIdOf, draftOf, getSiteDetail, getSiteOrThrow } from './sites.service.ts'
import {
  clearPublishedVersion,
  findVersion,
  insertPublishedVersion,
  listSiteVersions,
  nextVersionNumber,
} from './versions.repo.ts'

const purgeSite = (ctx: TenantCtx, site: SiteRow) =>
  purgePages(ctx, [
    {
      tenantId: ctx.tenantId,
      brandId: site.brandId,
      brandSlug: site.brandSlug,
      branchId: site.branchId,
      branchSlug: site.branchSlug,
    },
  ])

interface PublishOptions {
  action: AuditAction
  note?: string
  metadata?: Record<string, unknown>
  /** Also make this content the draft (a restore), in the same batch. */
  alsoDraft?: boolean
}

/**
 * Writes `content` as the site's next version and makes it live, with its audit record, in one
 * D1 batch; then purges every cached copy so the next visit, on any host, renders it.
 */
async function publishContent(
  ctx: TenantCtx,
  site: SiteRow,
  content: SiteContent,
  options: PublishOptions,
): Promise<SiteVersion> {
  const now = ctx.now()
  const publishedBy = actorIdOf(ctx.actor)
  const version = {
    id: newId('siteVersion', now.getTime()),
    siteId: site.id,
    number: await nextVersionNumber(ctx.d1, ctx.tenantId, site.id),
    content,
    publishedAt: now,
    publishedBy,
    note: options.note || null,
    createdAt: now,
  }
  const also: BatchItem<'sqlite'>[] = [
    auditInsert(ctx, {
      action: options.action,
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      target: { type: 'site', id: site.id },
      metadata: { versionId: version.id, version: version.number, ...options.metadata },
    }),
  ]
  if (options.alsoDraft)
    also.push(draftUpdate(ctx.d1, ctx.tenantId, site.id, { content, updatedAt: now, updatedBy: publishedBy }))
  try {
    await insertPublishedVersion(ctx.d1, ctx.tenantId, version, also)
  } catch (error) {
    // Two publishes raced for the same number; the caller can simply publish again.
    if (String(error).includes('UNIQUE'))
      throw new ApiError('CONFLICT', 'Another publish just happened; try again')
    throw error
  }
  await purgeSite(ctx, site)
  ctx.log.info('site published', { siteId: site.id, version: version.number })
  return { ...version, publishedAt: now.toISOString(), createdAt: now.toISOString() }
}

/** Publishes the builder's draft as the next version. */
export async function publishDraft(ctx: TenantCtx, siteId: string, note?: string): Promise<SiteVersion> {
  const site = await getSiteOrThrow(ctx, siteId)
  return publishContent(ctx, site, draftOf(site, ctx.log), {
    action: 'site.published',
    note,
    metadata: note ? { note } : {},
  })
}

/** Publishes given content directly (API clients); the builder's draft is left as it is. */
export async function publishSiteVersion(
  ctx: TenantCtx,
  siteId: string,
  content: SiteContent,
): Promise<SiteVersion> {
  const site = await getSiteOrThrow(ctx, siteId)
  return publishContent(ctx, site, content, { action: 'site.published' })
}

/** Publishes a copy of an earlier version as the next one, and makes it the draft. */
export async function restoreVersion(
  ctx: TenantCtx,
  siteId: string,
  versionId: string,
): Promise<SiteVersion> {
  const site = await getSiteOrThrow(ctx, siteId)
  const earlier = await findVersion(ctx.d1, ctx.tenantId, siteId, versionId)
  if (!earlier) throw new ApiError('NOT_FOUND', `Version ${versionId} not found`)
  // Versions are kept forever; one saved before the current content model cannot go live again.
  const content = SiteContent.safeParse(earlier.content)
  if (!content.success)
    throw new ApiError(
      'UNPROCESSABLE',
      `Version ${earlier.number} is in an older format and cannot be restored`,
    )
  return publishContent(ctx, site, content.data, {
    action: 'site.restored',
    note: `Restored version ${earlier.number}`,
    metadata: { restoredFrom: earlier.number },
    alsoDraft: true,
  })
}

/**
 * Takes the page offline (visitors get the 404 page); versions stay. A draft that was never
 * edited is pinned to the content that was live, so the builder keeps showing it.
 */
export async function unpublishSite(ctx: TenantCtx, siteId: string): Promise<SiteDetail> {
  const site = await getSiteOrThrow(ctx, siteId)
  if (!site.publishedVersionId) return getSiteDetail(ctx, siteId)
  const also: BatchItem<'sqlite'>[] = [
    auditInsert(ctx, {
      action: 'site.unpublished',
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      target: { type: 'site', id: siteId },
      metadata: { versionId: site.publishedVersionId },
    }),
  ]
  if (site.draft === null) {
    const draft = { content: draftOf(site, ctx.log), updatedAt: ctx.now(), updatedBy: actorIdOf(ctx.actor) }
    also.push(draftUpdate(ctx.d1, ctx.tenantId, siteId, draft))
  }
  await clearPublishedVersion(ctx.d1, ctx.tenantId, siteId, also)
  await purgeSite(ctx, site)
  return getSiteDetail(ctx, siteId)
}

export async function listVersions(ctx: TenantCtx, siteId: string): Promise<SiteVersionSummary[]> {
  const site = await getSiteOrThrow(ctx, siteId)
  const rows = await listSiteVersions(ctx.d1, ctx.tenantId, siteId)
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    publishedBy: row.userName ?? (row.keyName ? `API key ${row.keyName}` : null),
    note: row.note,
    live: row.id === site.publishedVersionId,
  }))
}
