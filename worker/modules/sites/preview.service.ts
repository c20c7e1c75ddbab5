// Draft previews: framed in the builder (signed in), or opened by anyone holding a shared link.
import type { Ctx, TenantCtx } from '../../context.ts'
import type { PageIdentity } from '../analytics/index.ts'
import { auditInsert } from '../audit/index.ts'
import { hashSecret, newSecret } from '../auth/index.ts'
import type { LanguageCode } from './content/languages.ts'
import { findSiteByPreviewToken } from './preview.repo.ts'
import { setPreviewLink } from './sites.repo.ts'
import { draftOf, getSiteOrThrow } from './sites.service.ts'
import { renderSitePreview } from './visitor/render-preview.ts'

export const PREVIEW_LINK_TTL_MS = 7 * 24 * 60 * 60 * 1000

export interface PreviewPage {
  html: string
  csp: string
  /** Whose page it is: opening a preview counts as the owner's own look (excluded). */
  page: PageIdentity
}

/** The page's policy, but framable by our own origin: the builder shows it beside its forms. */
export function framableBySelf(csp: string): string {
  const rest = csp
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d && !d.toLowerCase().startsWith('frame-ancestors'))
  return [...rest, "frame-ancestors 'self'"].join('; ')
}

/** The draft rendered as visitors would see it (noindex, forms disabled), for the builder's frame. */
export async function previewDraft(
  ctx: TenantCtx,
  siteId: string,
  language?: LanguageCode,
): Promise<PreviewPage> {
  const site = await getSiteOrThrow(ctx, siteId)
  const page = await renderSitePreview(ctx, {
    tenantId: ctx.tenantId,
    branchId: site.branchId,
    content: draftOf(site, ctx.log),
    language,
  })
  return { html: page.html, csp: framableBySelf(page.csp), page: page.page }
}

/**
 * A link that shows the draft to anyone holding it, for 7 days. The secret carries the site id
 * so the lookup is by primary key; only its hash is stored, so its address is shown only now.
 * Creating a new one replaces (and so revokes) the previous link.
 */
export async function createPreviewLink(ctx: TenantCtx, siteId: string) {
  const site = await getSiteOrThrow(ctx, siteId)
  const token = `${site.id}.${newSecret('pv_')}`
  const expiresAt = new Date(ctx.now().getTime() + PREVIEW_LINK_TTL_MS)
  await setPreviewLink(ctx.d1, ctx.tenantId, siteId, { tokenHash: await hashSecret(token), expiresAt }, [
    auditInsert(ctx, {
      action: 'site.preview_link_created',
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      target: { type: 'site', id: siteId },
      metadata: { expiresAt: expiresAt.toISOString() },
    }),
  ])
  return {
    url: new URL(`/preview/${token}`, ctx.config.PUBLIC_ORIGIN).toString(),
    expiresAt: expiresAt.toISOString(),
  }
}

/** Turns the shared link off at once; revoking when there is none changes nothing. */
export async function revokePreviewLink(ctx: TenantCtx, siteId: string): Promise<void> {
  const site = await getSiteOrThrow(ctx, siteId)
  if (site.previewTokenHash === null) return
  await setPreviewLink(ctx.d1, ctx.tenantId, siteId, null, [
    auditInsert(ctx, {
      action: 'site.preview_link_revoked',
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      target: { type: 'site', id: siteId },
    }),
  ])
}

const PREVIEW_TOKEN = /^(site_[0-9A-Z]{10,40})\.pv_[A-Za-z0-9_-]{43}$/

/** The draft a shared link opens, or null when the link is unknown, expired or revoked. */
export async function previewByToken(
  ctx: Ctx,
  token: string,
  language?: LanguageCode,
): Promise<PreviewPage | null> {
  const siteId = PREVIEW_TOKEN.exec(token)?.[1]
  if (!siteId) return null
  const site = await findSiteByPreviewToken(ctx.d1, siteId, await hashSecret(token), ctx.now())
  if (!site) return null
  return renderSitePreview(ctx, {
    tenantId: site.tenantId,
    branchId: site.branchId,
    content: draftOf(site, ctx.log),
    language,
  })
}
