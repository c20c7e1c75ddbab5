// sitemap.xml and robots.txt for each host.
import type { Ctx } from '../../../context.ts'
import type { HostScope } from '../visitor/visitor-path.ts'
import { findSitemapRows, MAX_SITEMAP_URLS, type SitemapScope } from './sitemap.repo.ts'

const escapeXml = (value: string) =>
  value.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!,
  )

export interface SitemapUrl {
  loc: string
  lastmod?: Date | null
}

export function sitemapXml(urls: SitemapUrl[]): string {
  const entries = urls
    .slice(0, MAX_SITEMAP_URLS)
    .map(
      (u) =>
        `<url><loc>${escapeXml(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod.toISOString().slice(0, 10)}</lastmod>` : ''}</url>`,
    )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries.join('')}</urlset>\n`
}

/** The host's own origin and how a branch's path looks on it. */
function layoutOf(
  ctx: Ctx,
  host: HostScope,
): { origin: string; scope: SitemapScope; branchPath: (p: Row) => string } {
  if (host.kind === 'platform')
    return {
      origin: ctx.config.PUBLIC_ORIGIN,
      scope: { kind: 'platform' },
      branchPath: (p) => `/${p.brandSlug}/${p.branchSlug}`,
    }
  const origin = `https://${host.hostname}`
  const { branchId, brandId } = host.target
  return branchId
    ? { origin, scope: { kind: 'branch', branchId }, branchPath: () => '' }
    : { origin, scope: { kind: 'brand', brandId }, branchPath: (p) => `/${p.branchSlug}` }
}
type Row = Awaited<ReturnType<typeof findSitemapRows>>['pages'][number]

/** Every live page whose canonical address is on this host: landing pages, branches, staff cards. */
export async function buildSitemap(ctx: Ctx, host: HostScope): Promise<string> {
  const { origin, scope, branchPath } = layoutOf(ctx, host)
  const { pages, staff } = await findSitemapRows(ctx.d1, scope)
  const byBranch = new Map(pages.map((p) => [p.branchId, p]))
  const urls: SitemapUrl[] = []
  if (scope.kind === 'brand' && pages.length) urls.push({ loc: `${origin}/` })
  if (scope.kind === 'platform')
    for (const brandSlug of new Set(pages.map((p) => p.brandSlug)))
      urls.push({ loc: `${origin}/${brandSlug}` })
  for (const page of pages)
    urls.push({ loc: `${origin}${branchPath(page) || '/'}`, lastmod: page.publishedAt })
  for (const person of staff) {
    const page = byBranch.get(person.branchId)
    if (page) urls.push({ loc: `${origin}${branchPath(page)}/${person.slug}`, lastmod: page.publishedAt })
  }
  return sitemapXml(urls)
}

export function robotsTxt(origin: string): string {
  return [
    'User-agent: *',
    'Allow: /',
    'Disallow: /app/',
    'Disallow: /api/',
    'Disallow: /preview/',
    '',
    `Sitemap: ${origin}/sitemap.xml`,
    '',
  ].join('\n')
}
