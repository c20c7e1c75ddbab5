// Which branch (and staff member) a form post is for, and what the thank-you page needs.
import type { Ctx } from '../../../context.ts'
import type { LanguageCode } from '../content/languages.ts'
import { chromeFor, fill } from '../render/chrome-strings.ts'
import { withLanguage } from '../render/links.ts'
import { offeredLanguages } from '../seo/page-meta.ts'
import { loadBranchPage } from './page-data.ts'
import { placementOf } from './placement.ts'
import { type HostScope, parsePost } from './visitor-path.ts'

export interface LeadDestination {
  target: {
    tenantId: string
    brandId: string
    branchId: string
    siteId: string
    staffId: string | null
    /** The branch address's country, for reading national phone numbers. */
    country: string | null
  }
  /** Who will answer: the staff member, else the branch. */
  recipient: string
  /** The page the form was on, for the "Back" link. */
  backHref: string
  defaultLanguage: LanguageCode
  languages: LanguageCode[]
  /** What a page showing a failed post again shows of the brand. */
  brand: { name: string; color: string; logoMediaId: string | null }
}

export type LeadDestinationResult =
  | { status: 'ok'; value: LeadDestination }
  | { status: 'missing' }
  | { status: 'gone' }

export async function findLeadDestination(
  ctx: Ctx,
  scope: HostScope,
  pathname: string,
): Promise<LeadDestinationResult> {
  const post = parsePost(scope, pathname)
  if (!post) return { status: 'missing' }
  const loaded = await loadBranchPage(ctx, post.branch, { media: false })
  if (loaded.status !== 'ok') return loaded
  const data = loaded.value
  const person = post.person === undefined ? null : data.staff.find((p) => p.slug === post.person)
  if (person === undefined) return { status: 'missing' }
  const { branchPath } = placementOf(ctx, scope, data)
  return {
    status: 'ok',
    value: {
      target: {
        tenantId: data.tenantId,
        brandId: data.brand.id,
        branchId: data.branch.id,
        siteId: data.siteId,
        staffId: person?.id ?? null,
        country: data.branch.address?.country ?? null,
      },
      recipient: person?.name ?? data.branch.name,
      backHref: person ? `${branchPath}/${person.slug}` : branchPath || '/',
      defaultLanguage: data.content.defaultLanguage,
      languages: offeredLanguages(data.content),
      brand: { name: data.brand.name, color: data.brand.colors.primary, logoMediaId: data.brand.logoMediaId },
    },
  }
}

/** The words of the pages that answer a form post, in the language the form was in. */
export function leadReplyText(destination: LeadDestination, language: string | undefined) {
  const lang = destination.languages.find((l) => l === language) ?? destination.defaultLanguage
  const t = chromeFor(lang)
  return {
    language: lang,
    thanks: t.thanks,
    thanksMessage: fill(t.thanksMessage, { name: destination.recipient }),
    notSent: t.notSent,
    back: t.back,
    backHref: withLanguage(destination.backHref, lang, destination.defaultLanguage),
  }
}
