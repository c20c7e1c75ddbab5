// Printed QR codes and old links keep working after a rename: an old brand, branch or person
// slug answers 301 to the current path, on our host and on tenants' hostnames.
import type { Ctx } from '../../../context.ts'
import { redirectFor } from '../../brands/index.ts'
import type { PageData } from '../render/page-model.ts'
import { findBrandSlug } from './page-data.repo.ts'
import type { HostScope, VisitorGet } from './visitor-path.ts'

/** `path` below `prefix`, as the hostname that serves `prefix` at its root sees it. */
function below(path: string, prefix: string): string | null {
  if (!prefix) return path
  if (path === prefix) return '/'
  return path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : null
}

type Named = Exclude<VisitorGet, { kind: 'sitemap' | 'robots' }>

/** The slugs the request used, on our host's path layout; null where the host fixes them. */
async function requestedSlugs(ctx: Ctx, request: Named, found: PageData | undefined) {
  const person = 'person' in request ? request.person : undefined
  if (found) return { brandSlug: found.brand.slug, branchSlug: found.branch.slug, personSlug: person }
  if ('brand' in request) return 'brandSlug' in request.brand ? { brandSlug: request.brand.brandSlug } : null
  const branch = request.branch
  if ('branchId' in branch) return null
  const brandSlug = 'brandSlug' in branch ? branch.brandSlug : await findBrandSlug(ctx.d1, branch.brandId)
  return brandSlug ? { brandSlug, branchSlug: branch.branchSlug } : null
}

/**
 * The current path for a request that found nothing (or found the branch but not the person),
 * on the host that was asked; null when no old slug explains the miss.
 */
export async function currentPathFor(
  ctx: Ctx,
  scope: HostScope,
  request: Named,
  found?: PageData,
): Promise<string | null> {
  const path = await requestedSlugs(ctx, request, found)
  if (!path) return null
  // A missing branch is resolved first; its person, if also renamed, redirects once more.
  const current = await redirectFor(
    ctx.d1,
    found ? path : { brandSlug: path.brandSlug, branchSlug: path.branchSlug },
  )
  if (!current) return null
  const person = !found && 'person' in request ? `/${request.person}` : ''
  const vcard = request.kind === 'vcard' || request.kind === 'card-vcard' ? '/vcard' : ''
  const full = `${current}${person}${vcard}`
  if (scope.kind === 'platform') return full
  // On a tenant hostname, drop the part of the path the hostname itself stands for.
  const segments = current.split('/').filter(Boolean)
  const fixed = scope.target.branchId ? 2 : 1
  return below(full, `/${segments.slice(0, fixed).join('/')}`)
}
