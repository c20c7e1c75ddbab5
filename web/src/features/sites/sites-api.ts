import type { z } from '@hono/zod-openapi'
import type { LanguageCode } from '../../../../worker/modules/sites/content/languages.ts'
import type { SiteContent, TemplateId } from '../../../../worker/modules/sites/content/site-content.ts'
import type {
  PreviewLink as CreatedPreviewLink,
  SiteDetail,
  SiteList,
  SiteSummary,
  SiteVersion,
  SiteVersionList,
  SiteVersionSummary,
  TemplateList,
  Template as TemplateSchema,
} from '../../../../worker/modules/sites/sites.schemas.ts'
import { apiRequest } from '../../api/client.ts'

export type {
  LanguageCode,
  SiteContent,
  SiteDetail,
  SiteSummary,
  SiteVersion,
  SiteVersionSummary,
  TemplateId,
}
export type Template = z.infer<typeof TemplateSchema>
/** The shared preview link: its address only right after it is created (only its hash is kept). */
export type PreviewLink = NonNullable<SiteDetail['previewLink']>
export type CatalogueLanguage = SiteDetail['languages'][number]

const site = (siteId: string, rest = '') => `/api/v1/sites/${encodeURIComponent(siteId)}${rest}`

export const listSites = (signal?: AbortSignal) =>
  apiRequest<z.infer<typeof SiteList>>('/api/v1/sites', { signal })

export const getSite = (siteId: string, signal?: AbortSignal) =>
  apiRequest<SiteDetail>(site(siteId), { signal })

/** Saves the draft unless someone else saved since `expectedUpdatedAt` (then 409). */
export const saveDraft = (siteId: string, content: SiteContent, expectedUpdatedAt: string | null) =>
  apiRequest<SiteDetail>(site(siteId, '/draft'), { method: 'PUT', body: { content, expectedUpdatedAt } })

export const listTemplates = (signal?: AbortSignal) =>
  apiRequest<z.infer<typeof TemplateList>>('/api/v1/templates', { signal })

export const switchTemplate = (siteId: string, template: TemplateId) =>
  apiRequest<SiteDetail>(site(siteId, '/template'), { method: 'POST', body: { template } })

export const publishSite = (siteId: string, note?: string) =>
  apiRequest<SiteVersion>(site(siteId, '/publish'), { method: 'POST', body: note ? { note } : {} })

export const unpublishSite = (siteId: string) =>
  apiRequest<SiteDetail>(site(siteId, '/unpublish'), { method: 'POST' })

export const listVersions = (siteId: string, signal?: AbortSignal) =>
  apiRequest<z.infer<typeof SiteVersionList>>(site(siteId, '/versions'), { signal })

export const restoreVersion = (siteId: string, versionId: string) =>
  apiRequest<SiteVersion>(site(siteId, `/versions/${encodeURIComponent(versionId)}/restore`), {
    method: 'POST',
  })

export const createPreviewLink = (siteId: string) =>
  apiRequest<z.infer<typeof CreatedPreviewLink>>(site(siteId, '/preview-link'), { method: 'POST' })

export const revokePreviewLink = (siteId: string) =>
  apiRequest<void>(site(siteId, '/preview-link'), { method: 'DELETE' })

/** The draft as it will look, rendered by the server; `reload` busts the frame's cache after a save. */
export const previewUrl = (siteId: string, language: LanguageCode, reload: number) =>
  `${site(siteId, '/preview')}?lang=${language}&r=${reload}`
