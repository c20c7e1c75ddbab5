import type { SiteDetail } from '../sites/sites-api.ts'

/**
 * The server keeps only a hash of the preview link, so its address arrives once, when made;
 * later answers about the same link (same expiry) must not blank it out.
 */
export function keepLinkUrl(prev: SiteDetail | null, next: SiteDetail): SiteDetail {
  const known = prev?.previewLink
  if (!known?.url || next.previewLink?.url || next.previewLink?.expiresAt !== known.expiresAt) return next
  return { ...next, previewLink: known }
}
