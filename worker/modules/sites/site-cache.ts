/**
 * Rendered pages live in KV under `page:{host}:{path}`, where every platform host shares the
 * host key `platform` and `path` carries any variant (`?lang=ar`, `/vcard`, a staff card).
 * Purging deletes by prefix, so every variant of a branch's pages goes at once. Callers that
 * rename something purge with the old slugs as well as the new: a stale page under an old
 * path would hide its 301.
 */
import { and, eq } from 'drizzle-orm'
import type { Ctx } from '../../context.ts'
import { hostnames } from '../domains/domains.tables.ts'

export const PLATFORM_HOST_KEY = 'platform'

export const pageKey = (hostKey: string, path: string) => `page:${hostKey}:${path}`

/** What to purge: a whole brand (no branchSlug) or one branch, named by its slugs at the time. */
export interface PageScope {
  tenantId: string
  brandId: string
  brandSlug: string
  branchId?: string
  branchSlug?: string
}

/** Every key prefix under which pages of this scope can be cached, on our host and tenants' hosts. */
export function pagePrefixesFor(
  scope: PageScope,
  customHosts: { hostname: string; branchId: string | null }[],
): string[] {
  const platformPath = scope.branchSlug ? `/${scope.brandSlug}/${scope.branchSlug}` : `/${scope.brandSlug}`
  // Sitemaps list every branch, so any change to a branch may change them.
  const prefixes = [pageKey(PLATFORM_HOST_KEY, platformPath), pageKey(PLATFORM_HOST_KEY, '/sitemap.xml')]
  for (const host of customHosts) {
    if (!scope.branchId || host.branchId === null || host.branchId === scope.branchId) {
      // A brand hostname serves branches below `/{branch}` and a landing page at `/`: both may change.
      prefixes.push(
        host.branchId === null && scope.branchSlug
          ? pageKey(host.hostname, `/${scope.branchSlug}`)
          : pageKey(host.hostname, '/'),
      )
      if (host.branchId === null) prefixes.push(pageKey(host.hostname, '/sitemap.xml'))
    }
  }
  return [...new Set(prefixes)]
}

async function deleteByPrefix(kv: KVNamespace, prefix: string): Promise<number> {
  let deleted = 0
  let cursor: string | undefined
  do {
    const page = await kv.list({ prefix, cursor })
    await Promise.all(page.keys.map((key) => kv.delete(key.name)))
    deleted += page.keys.length
    cursor = page.list_complete ? undefined : page.cursor
  } while (cursor)
  return deleted
}

/**
 * Deletes every cached page under these hostnames, whatever their path: for hostnames that no
 * longer exist (purgePages only knows hostnames still in D1).
 */
export async function purgeHostPages(ctx: Ctx, hosts: string[]): Promise<number> {
  let deleted = 0
  for (const host of hosts) deleted += await deleteByPrefix(ctx.env.SITE_CACHE, pageKey(host, ''))
  return deleted
}

/** Deletes every cached page of each scope; the next visit renders from D1. */
export async function purgePages(ctx: Ctx, scopes: PageScope[]): Promise<number> {
  let deleted = 0
  for (const scope of scopes) {
    const hosts = await ctx.d1
      .select({ hostname: hostnames.hostname, branchId: hostnames.branchId })
      .from(hostnames)
      .where(and(eq(hostnames.tenantId, scope.tenantId), eq(hostnames.brandId, scope.brandId)))
    for (const prefix of pagePrefixesFor(scope, hosts))
      deleted += await deleteByPrefix(ctx.env.SITE_CACHE, prefix)
  }
  return deleted
}
