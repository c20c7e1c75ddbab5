// Hot path: a cached page, vCard or sitemap is one KV read and a Response, nothing else.
import type { Ctx } from '../../../context.ts'
import type { PageIdentity } from '../../analytics/index.ts'
import type { PageData } from '../render/page-model.ts'
import { pageKey } from '../site-cache.ts'

const CONTENT_TYPES = {
  html: 'text/html; charset=utf-8',
  vcard: 'text/vcard; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
} as const

export interface CachedEntry {
  type: keyof typeof CONTENT_TYPES
  /** The page's Content-Security-Policy (HTML). */
  csp?: string
  /** The download's Content-Disposition (vCards). */
  disposition?: string
  /**
   * Whose page or vCard it is, so a hit counts its view without D1 (pages and vCards; entries
   * cached before analytics have none and are rendered again).
   */
  page?: PageIdentity
}

export const identityOf = (data: PageData): PageIdentity => ({
  tenantId: data.tenantId,
  brandId: data.brand.id,
  branchId: data.branch.id,
  siteId: data.siteId,
})

// Bounds how long a render that raced a publish can outlive it.
const PAGE_TTL_SECONDS = 24 * 60 * 60

const BROWSER_CACHE = {
  html: 'public, max-age=60',
  vcard: 'public, max-age=300',
  xml: 'public, max-age=3600',
} as const

export function entryResponse(body: string, entry: CachedEntry, cache: 'hit' | 'miss'): Response {
  const headers = new Headers({
    'content-type': CONTENT_TYPES[entry.type],
    'cache-control': BROWSER_CACHE[entry.type],
    'x-vitrine-cache': cache,
  })
  if (entry.csp) headers.set('content-security-policy', entry.csp)
  // A post to the page's own form then names the page, and with it the QR code the visitor
  // came through (`?qr=`); other sites still learn nothing.
  if (entry.type === 'html') headers.set('referrer-policy', 'same-origin')
  if (entry.disposition) headers.set('content-disposition', entry.disposition)
  return new Response(body, { status: 200, headers })
}

/** The cache key of a request: host, path, and the language when it is one we know. */
export const requestKey = (hostKey: string, pathname: string, language: string | null) =>
  pageKey(hostKey, language ? `${pathname}?lang=${language}` : pathname)

export interface Served {
  response: Response
  entry: CachedEntry
}

export async function readCached(ctx: Ctx, key: string): Promise<Served | null> {
  const cached = await ctx.env.SITE_CACHE.getWithMetadata<CachedEntry>(key)
  const entry = cached.metadata
  if (cached.value === null || !entry?.type) return null
  if (entry.type !== 'xml' && !entry.page) return null
  return { response: entryResponse(cached.value, entry, 'hit'), entry }
}

/** Stores and answers a freshly rendered entry; `ttl` shortens it for pages no purge reaches. */
export async function fillCache(
  ctx: Ctx,
  key: string,
  body: string,
  entry: CachedEntry,
  ttl = PAGE_TTL_SECONDS,
): Promise<Response> {
  await ctx.env.SITE_CACHE.put(key, body, { metadata: entry, expirationTtl: ttl })
  return entryResponse(body, entry, 'miss')
}
