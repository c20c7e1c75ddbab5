import type { Ctx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import type { PageIdentity } from '../../analytics/index.ts'
import type { LanguageCode } from '../content/languages.ts'
import type { SiteContent } from '../content/site-content.ts'
import { renderBranchPage } from '../render/branch-page.tsx'
import type { RenderedPage } from '../render/page-model.ts'
import { offeredLanguages } from '../seo/page-meta.ts'
import { identityOf } from './page-cache.ts'
import { loadPreviewData } from './page-data.ts'
import { placementOf } from './placement.ts'

/**
 * A draft rendered exactly as the live page would be on our host, but noindex, with its forms
 * shown switched off, and framable by the dashboard. Never cached. 404 for another tenant's branch.
 * `page` names whose page it is: a preview is counted, as the owner's, apart from visits.
 * @example const { html, csp } = await renderSitePreview(ctx, { tenantId, branchId, content: draft, language: 'ar' })
 */
export async function renderSitePreview(
  ctx: Ctx,
  input: { tenantId: string; branchId: string; content: SiteContent; language?: LanguageCode },
): Promise<RenderedPage & { page: PageIdentity }> {
  const data = await loadPreviewData(ctx, input.tenantId, input.branchId, input.content)
  if (!data) throw new ApiError('NOT_FOUND', `Branch ${input.branchId} not found`)
  const offered = offeredLanguages(input.content)
  const language =
    input.language && offered.includes(input.language) ? input.language : input.content.defaultLanguage
  const rendered = await renderBranchPage(data, placementOf(ctx, { kind: 'platform' }, data), {
    language,
    preview: true,
    now: ctx.now(),
  })
  return { ...rendered, page: identityOf(data) }
}
