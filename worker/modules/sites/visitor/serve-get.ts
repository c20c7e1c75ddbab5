// A cache miss: load from D1, render, fill the cache, answer. (The hit was answered before this.)
import type { Ctx } from '../../../context.ts'
import { renderBranchPage } from '../render/branch-page.tsx'
import { renderBrandLanding } from '../render/brand-landing.tsx'
import type { PageData } from '../render/page-model.ts'
import { linksFor } from '../render/page-view.ts'
import { renderStaffCard } from '../render/staff-card.tsx'
import { offeredLanguages } from '../seo/page-meta.ts'
import { buildSitemap, robotsTxt } from '../seo/sitemap.ts'
import { branchVcard, staffVcard } from '../vcard/contact-card.ts'
import { type CachedEntry, fillCache, identityOf } from './page-cache.ts'
import { loadBranchPage, loadBrandLanding } from './page-data.ts'
import { originOf, placementOf } from './placement.ts'
import { currentPathFor } from './slug-redirect.ts'
import { type HostScope, languageParam, parseGet, type VisitorGet } from './visitor-path.ts'

export type VisitorOutcome =
  // `entry`: what was cached, and whose page it is (analytics counts it).
  | { kind: 'response'; response: Response; entry?: CachedEntry }
  | { kind: 'redirect'; location: string; permanent: boolean }
  | { kind: 'missing' }
  | { kind: 'gone' }

const MISSING = { kind: 'missing' } as const
const GONE = { kind: 'gone' } as const
const answer = (response: Response, entry?: CachedEntry) => ({ kind: 'response', response, entry }) as const

// Landing pages list branches, and a branch purge does not reach its brand's landing page.
const LANDING_TTL_SECONDS = 300

type BranchRequest = Extract<VisitorGet, { branch: unknown }>

async function renderBranchRequest(
  ctx: Ctx,
  scope: HostScope,
  request: BranchRequest,
  url: URL,
  key: string,
) {
  const loaded = await loadBranchPage(ctx, request.branch)
  if (loaded.status === 'gone') return GONE
  if (loaded.status === 'missing') return redirectOrMissing(ctx, scope, request, url)
  const data = loaded.value
  const person = 'person' in request ? data.staff.find((p) => p.slug === request.person) : undefined
  if ('person' in request && !person) return redirectOrMissing(ctx, scope, request, url, data)
  const placement = placementOf(ctx, scope, data)
  const now = ctx.now()
  if (request.kind === 'vcard' || request.kind === 'card-vcard') {
    const links = linksFor(data, placement, data.content.defaultLanguage)
    const file = person
      ? await staffVcard(ctx.env.MEDIA, data, person, { url: links.canonicalCard(person) })
      : await branchVcard(ctx.env.MEDIA, data, { url: links.canonicalPage, now })
    const entry: CachedEntry = { type: 'vcard', disposition: file.disposition, page: identityOf(data) }
    return answer(await fillCache(ctx, key, file.body, entry), entry)
  }
  const language = languageParam(url) ?? data.content.defaultLanguage
  if (!offeredLanguages(data.content).includes(language))
    return { kind: 'redirect', location: url.pathname, permanent: false } as const
  const rendered = person
    ? await renderStaffCard(data, person, placement, { language, now })
    : await renderBranchPage(data, placement, { language, now })
  const entry: CachedEntry = { type: 'html', csp: rendered.csp, page: identityOf(data) }
  return answer(await fillCache(ctx, key, rendered.html, entry), entry)
}

async function redirectOrMissing(
  ctx: Ctx,
  scope: HostScope,
  request: BranchRequest | Extract<VisitorGet, { kind: 'landing' }>,
  url: URL,
  found?: PageData,
) {
  const location = await currentPathFor(ctx, scope, request, found)
  if (!location) return MISSING
  const lang = languageParam(url)
  return {
    kind: 'redirect',
    location: lang ? `${location}?lang=${lang}` : location,
    permanent: true,
  } as const
}

async function renderLanding(
  ctx: Ctx,
  scope: HostScope,
  request: Extract<VisitorGet, { kind: 'landing' }>,
  url: URL,
  key: string,
) {
  const loaded = await loadBrandLanding(ctx, request.brand)
  if (loaded.status === 'gone') return GONE
  if (loaded.status === 'missing') return redirectOrMissing(ctx, scope, request, url)
  const { tenantId, brand, branches, logo, brandHost } = loaded.value
  const onOurHost = scope.kind === 'platform'
  const rendered = await renderBrandLanding({
    brand,
    logo,
    branches: branches.map((b) => ({ ...b, href: onOurHost ? `/${brand.slug}/${b.slug}` : `/${b.slug}` })),
    canonical: brandHost ? `https://${brandHost}/` : `${ctx.config.PUBLIC_ORIGIN}/${brand.slug}`,
  })
  const entry: CachedEntry = {
    type: 'html',
    csp: rendered.csp,
    page: { tenantId, brandId: brand.id, branchId: null, siteId: null },
  }
  return answer(await fillCache(ctx, key, rendered.html, entry, LANDING_TTL_SECONDS), entry)
}

/** Answers a GET the cache did not have; `key` is where the answer is cached. */
export async function serveVisitorGet(
  ctx: Ctx,
  scope: HostScope,
  url: URL,
  key: string,
): Promise<VisitorOutcome> {
  const request = parseGet(scope, url.pathname)
  if (!request) return MISSING
  switch (request.kind) {
    case 'robots':
      return answer(
        new Response(robotsTxt(originOf(ctx, scope)), {
          headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=3600' },
        }),
      )
    case 'sitemap':
      return answer(await fillCache(ctx, key, await buildSitemap(ctx, scope), { type: 'xml' }))
    case 'landing':
      return renderLanding(ctx, scope, request, url, key)
    default:
      return renderBranchRequest(ctx, scope, request, url, key)
  }
}
