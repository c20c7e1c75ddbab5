/**
 * Rendered pages live in KV under `page:{host}:{path}`, where every platform host shares the
 * key `platform`. Publishing deletes every key a site is served under, so the next visit
 * renders the new version.
 */
export const PLATFORM_HOST_KEY = 'platform'

export interface CachedPageMeta {
  tenantId: string
  siteId: string
  versionId: string
}

export const pageKey = (hostKey: string, path: string) => `page:${hostKey}:${path}`

/** Every key under which a branch's page can be cached. */
export function pageKeysFor(
  site: { brandSlug: string; branchSlug: string; branchId: string },
  customHosts: { hostname: string; branchId: string | null }[],
): string[] {
  const keys = [pageKey(PLATFORM_HOST_KEY, `/${site.brandSlug}/${site.branchSlug}`)]
  for (const host of customHosts) {
    if (host.branchId === site.branchId) keys.push(pageKey(host.hostname, '/'))
    else if (host.branchId === null) keys.push(pageKey(host.hostname, `/${site.branchSlug}`))
  }
  return keys
}
