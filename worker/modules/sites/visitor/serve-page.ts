// Hot path: one KV read answers a cached page; a miss renders from D1 and fills the cache.
import type { Ctx } from '../../../context.ts'
import { renderPage } from '../render/render-page.ts'
import { type CachedPageMeta, pageKey } from '../site-cache.ts'
import type { PublishedPage } from '../sites.repo.ts'

export interface PageRequest {
  hostKey: string
  path: string
  formAction: string
  lookup: () => Promise<PublishedPage | undefined>
}

export interface ServedPage {
  html: string
  csp: string
  cache: 'hit' | 'miss'
}

// Bounds how long a render that raced a publish can outlive it.
const PAGE_TTL_SECONDS = 24 * 60 * 60

export async function servePage(ctx: Ctx, request: PageRequest): Promise<ServedPage | null> {
  const key = pageKey(request.hostKey, request.path)
  const cached = await ctx.env.SITE_CACHE.getWithMetadata<CachedPageMeta & { csp: string }>(key)
  if (cached.value !== null && cached.metadata) {
    return { html: cached.value, csp: cached.metadata.csp, cache: 'hit' }
  }
  const page = await request.lookup()
  if (!page) return null
  const rendered = await renderPage(page, request.formAction)
  const metadata = {
    tenantId: page.tenantId,
    siteId: page.siteId,
    versionId: page.versionId,
    csp: rendered.csp,
  }
  await ctx.env.SITE_CACHE.put(key, rendered.html, { metadata, expirationTtl: PAGE_TTL_SECONDS })
  return { ...rendered, cache: 'miss' }
}
