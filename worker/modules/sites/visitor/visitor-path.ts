// What a visitor's path names, on our host or a tenant's: /{brand}/{branch}/… on ours, the same
// below `/{branch}` on a brand hostname and below `/` on a branch hostname.
import type { HostTarget } from '../../domains/index.ts'
import type { LanguageCode } from '../content/languages.ts'
import { LANGUAGES } from '../content/languages.ts'
import type { BranchMatch, BrandMatch } from './page-data.repo.ts'

export type HostScope = { kind: 'platform' } | { kind: 'custom'; hostname: string; target: HostTarget }

export type VisitorGet =
  | { kind: 'sitemap' | 'robots' }
  | { kind: 'landing'; brand: BrandMatch }
  | { kind: 'page' | 'vcard'; branch: BranchMatch }
  | { kind: 'card' | 'card-vcard'; branch: BranchMatch; person: string }

export type VisitorPost = { branch: BranchMatch; person?: string }

type Located = { brand: BrandMatch } | { branch: BranchMatch; rest: string[] }

export const segmentsOf = (pathname: string) => pathname.split('/').filter(Boolean)

function locate(scope: HostScope, segments: string[]): Located | null {
  if (scope.kind === 'platform') {
    const [brandSlug, branchSlug, ...rest] = segments
    if (!brandSlug) return null
    if (!branchSlug) return { brand: { brandSlug } }
    return { branch: { brandSlug, branchSlug }, rest }
  }
  const { target } = scope
  if (target.branchId)
    return { branch: { branchId: target.branchId, tenantId: target.tenantId }, rest: segments }
  const [branchSlug, ...rest] = segments
  if (!branchSlug) return { brand: { brandId: target.brandId } }
  return { branch: { brandId: target.brandId, branchSlug }, rest }
}

export function parseGet(scope: HostScope, pathname: string): VisitorGet | null {
  const segments = segmentsOf(pathname)
  if (segments.length === 1 && segments[0] === 'sitemap.xml') return { kind: 'sitemap' }
  if (segments.length === 1 && segments[0] === 'robots.txt') return { kind: 'robots' }
  const located = locate(scope, segments)
  if (!located) return null
  if ('brand' in located) return { kind: 'landing', brand: located.brand }
  const { branch, rest } = located
  const [first, second, ...more] = rest
  if (first === undefined) return { kind: 'page', branch }
  if (more.length) return null
  if (second === undefined)
    return first === 'vcard' ? { kind: 'vcard', branch } : { kind: 'card', branch, person: first }
  return second === 'vcard' ? { kind: 'card-vcard', branch, person: first } : null
}

export function parsePost(scope: HostScope, pathname: string): VisitorPost | null {
  const located = locate(scope, segmentsOf(pathname))
  if (!located || 'brand' in located) return null
  const { branch, rest } = located
  if (rest.length === 1 && rest[0] === 'leads') return { branch }
  if (rest.length === 2 && rest[1] === 'leads') return { branch, person: rest[0] }
  return null
}

/**
 * The `?lang=` of a request when it names a language we know; anything else (other query
 * parameters, unknown codes) is ignored, so it can never create another cache entry.
 */
export function languageParam(url: URL): LanguageCode | null {
  const lang = url.searchParams.get('lang')
  return lang && Object.hasOwn(LANGUAGES, lang) ? (lang as LanguageCode) : null
}
