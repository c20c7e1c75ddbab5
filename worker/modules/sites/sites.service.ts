import type { TenantCtx } from '../../context.ts'
import { ApiError } from '../../lib/errors.ts'
import { auditInsert } from '../audit/index.ts'
import type { Actor } from '../auth/index.ts'
import { LANGUAGE_CODES, LANGUAGES } from './content/languages.ts'
import { SiteContent, TEMPLATE_IDS, type TemplateId } from './content/site-content.ts'
import { switchTemplate } from './content/switch-template.ts'
import { DEFAULT_TEMPLATE, newSiteContent } from './content/templates.ts'
import {
  canonicalJson,
  contentsOf,
  draftUpdate,
  findSite,
  listSites as listSiteRows,
  type SiteRow,
  type SiteSummaryRow,
  saveDraft as saveDraftRow,
} from './sites.repo.ts'
import type { SiteDetail, SiteSummary } from './sites.schemas.ts'

const LANGUAGE_CATALOGUE = LANGUAGE_CODES.map((code) => ({ code, ...LANGUAGES[code] }))

export const actorIdOf = (actor: Actor) => (actor.kind === 'user' ? actor.userId : actor.apiKeyId)

const asTemplate = (id: string | null): TemplateId =>
  TEMPLATE_IDS.includes(id as TemplateId) ? (id as TemplateId) : DEFAULT_TEMPLATE

function toSummary(row: SiteSummaryRow): SiteSummary {
  return {
    id: row.id,
    brandId: row.brandId,
    brandSlug: row.brandSlug,
    brandName: row.brandName,
    branchId: row.branchId,
    branchSlug: row.branchSlug,
    branchName: row.branchName,
    path: `/${row.brandSlug}/${row.branchSlug}`,
    template: asTemplate(row.template),
    status: row.status,
    publishedVersion:
      row.publishedVersionId && row.publishedNumber !== null && row.publishedAt
        ? {
            id: row.publishedVersionId,
            number: row.publishedNumber,
            publishedAt: row.publishedAt.toISOString(),
          }
        : null,
    draftUpdatedAt: row.draftUpdatedAt?.toISOString() ?? null,
  }
}

const sameContent = (a: unknown, b: unknown) =>
  JSON.stringify(canonicalJson(a)) === JSON.stringify(canonicalJson(b))

/** Whether the draft differs from the live content, for a site the list's text comparison called changed. */
const statusOf = (site: { draft: unknown; publishedContent: unknown }): SiteSummary['status'] =>
  site.draft === null || sameContent(site.draft, site.publishedContent) ? 'published' : 'changed'

export async function listSites(ctx: TenantCtx): Promise<SiteSummary[]> {
  const rows = await listSiteRows(ctx.d1, ctx.tenantId, ctx.actor.branchIds)
  const maybeChanged = rows.filter((row) => row.status === 'changed').map((row) => row.id)
  const confirmed = new Map(
    (maybeChanged.length ? await contentsOf(ctx.d1, ctx.tenantId, maybeChanged) : []).map((c) => [
      c.id,
      statusOf(c),
    ]),
  )
  return rows.map((row) => toSummary({ ...row, status: confirmed.get(row.id) ?? row.status }))
}

/** The site if the actor's tenant and branch scope reach it; 404 otherwise, as if it did not exist. */
export async function getSiteOrThrow(ctx: TenantCtx, siteId: string): Promise<SiteRow> {
  const site = await findSite(ctx.d1, ctx.tenantId, ctx.actor.branchIds, siteId)
  if (!site) throw new ApiError('NOT_FOUND', `Site ${siteId} not found`)
  return site
}

/**
 * What the builder edits. The draft column stays null until the first edit; until then the
 * draft is the live content, or a fresh default template when nothing was ever published.
 */
export function draftOf(
  site: Pick<SiteRow, 'draft' | 'publishedContent' | 'brandName' | 'branchName'>,
  log?: TenantCtx['log'],
): SiteContent {
  for (const stored of [site.draft, site.publishedContent]) {
    if (stored === null) continue
    const parsed = SiteContent.safeParse(stored)
    if (parsed.success) return parsed.data
    log?.warn('stored site content does not parse; falling back', { issues: parsed.error.issues.length })
  }
  return newSiteContent(DEFAULT_TEMPLATE, {
    brandName: site.brandName,
    branchName: site.branchName,
    language: 'en',
  })
}

export function toDetail(ctx: TenantCtx, site: SiteRow): SiteDetail {
  const draft = draftOf(site, ctx.log)
  const now = ctx.now().getTime()
  const previewActive = site.previewTokenHash !== null && (site.previewExpiresAt?.getTime() ?? 0) > now
  return {
    ...toSummary({ ...site, status: site.status === 'changed' ? statusOf(site) : site.status }),
    template: draft.template,
    draft,
    url: new URL(`/${site.brandSlug}/${site.branchSlug}`, ctx.config.PUBLIC_ORIGIN).toString(),
    previewLink: previewActive ? { url: null, expiresAt: site.previewExpiresAt!.toISOString() } : null,
    languages: LANGUAGE_CATALOGUE,
  }
}

export async function getSiteDetail(ctx: TenantCtx, siteId: string): Promise<SiteDetail> {
  return toDetail(ctx, await getSiteOrThrow(ctx, siteId))
}

/**
 * Saves the builder's draft. With `expectedUpdatedAt` (the draftUpdatedAt the editor loaded),
 * a save that someone else's save overtook is refused with 409 instead of overwriting it.
 */
export async function saveDraft(
  ctx: TenantCtx,
  siteId: string,
  input: { content: SiteContent; expectedUpdatedAt?: string | null },
): Promise<SiteDetail> {
  await getSiteOrThrow(ctx, siteId)
  const { expectedUpdatedAt } = input
  const expected = expectedUpdatedAt == null ? expectedUpdatedAt : new Date(expectedUpdatedAt)
  const write = { content: input.content, updatedAt: ctx.now(), updatedBy: actorIdOf(ctx.actor) }
  const saved = await saveDraftRow(ctx.d1, ctx.tenantId, siteId, write, expected)
  if (!saved)
    throw new ApiError(
      'CONFLICT',
      'Someone else saved this draft since you opened it; reload to see their changes',
    )
  return getSiteDetail(ctx, siteId)
}

/** Moves the draft to another template, keeping every section and every piece of text. */
export async function switchSiteTemplate(
  ctx: TenantCtx,
  siteId: string,
  template: TemplateId,
): Promise<SiteDetail> {
  const site = await getSiteOrThrow(ctx, siteId)
  const before = draftOf(site, ctx.log)
  const names = { brandName: site.brandName, branchName: site.branchName }
  // Nothing written yet: start from the chosen template's own content rather than keeping the
  // default template's starter copy.
  const untouched = site.draft === null && site.publishedContent === null
  const content = SiteContent.parse(
    untouched
      ? newSiteContent(template, { ...names, language: before.defaultLanguage })
      : switchTemplate(before, template, names),
  )
  const write = { content, updatedAt: ctx.now(), updatedBy: actorIdOf(ctx.actor) }
  await ctx.d1.batch([
    draftUpdate(ctx.d1, ctx.tenantId, siteId, write),
    auditInsert(ctx, {
      action: 'site.template_changed',
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      target: { type: 'site', id: siteId },
      metadata: { from: before.template, to: template },
    }),
  ])
  return getSiteDetail(ctx, siteId)
}
