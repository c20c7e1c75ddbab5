import type { z } from '@hono/zod-openapi'
import type { TenantCtx } from '../../context.ts'
import { ApiError } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { auditInsert } from '../audit/index.ts'
import type { SiteContent } from './content/site-content.ts'
import { purgePages } from './site-cache.ts'
import {
  findSite,
  insertPublishedVersion,
  listSites as listSiteRows,
  nextVersionNumber,
} from './sites.repo.ts'
import type { Site, SiteVersion } from './sites.schemas.ts'

export async function listSites(ctx: TenantCtx): Promise<z.infer<typeof Site>[]> {
  const rows = await listSiteRows(ctx.d1, ctx.tenantId, ctx.actor.branchIds)
  return rows.map((row) => ({ ...row, path: `/${row.brandSlug}/${row.branchSlug}` }))
}

/**
 * Publishes new content as the site's next version, then purges every cached copy so the
 * next visit, on our host or a custom one, renders it.
 */
export async function publishSiteVersion(
  ctx: TenantCtx,
  siteId: string,
  content: SiteContent,
): Promise<z.infer<typeof SiteVersion>> {
  const site = await findSite(ctx.d1, ctx.tenantId, ctx.actor.branchIds, siteId)
  if (!site) throw new ApiError('NOT_FOUND', `Site ${siteId} not found`)
  const now = ctx.now()
  const version = {
    id: newId('siteVersion', now.getTime()),
    siteId,
    number: await nextVersionNumber(ctx.d1, ctx.tenantId, siteId),
    content,
    publishedAt: now,
    createdAt: now,
  }
  try {
    await insertPublishedVersion(ctx.d1, ctx.tenantId, version, [
      auditInsert(ctx, {
        action: 'site.published',
        tenantId: ctx.tenantId,
        actor: ctx.actor,
        target: { type: 'site', id: siteId },
        metadata: { versionId: version.id, version: version.number },
      }),
    ])
  } catch (error) {
    // Two publishes raced for the same number; the caller can simply publish again.
    if (String(error).includes('UNIQUE'))
      throw new ApiError('CONFLICT', 'Another publish just happened; try again')
    throw error
  }
  await purgePages(ctx, [{ tenantId: ctx.tenantId, ...site }])
  ctx.log.info('site published', { siteId, version: version.number })
  return {
    ...version,
    publishedAt: now.toISOString(),
    createdAt: now.toISOString(),
  }
}
