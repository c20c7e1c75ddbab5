import { z } from '@hono/zod-openapi'
import { IdParam } from '../../lib/router.ts'
import { LANGUAGE_CODES } from './content/languages.ts'
import { SECTION_TYPES } from './content/sections.ts'
import { SiteContent, TEMPLATE_IDS, Theme } from './content/site-content.ts'

const SITE_ID_EXAMPLE = 'site_01JD3Q9W2Z8K5V7M4N6P0R1S2T'
export const SiteIdParam = IdParam('siteId', SITE_ID_EXAMPLE)

const Timestamp = z.string().openapi({ example: '2025-05-01T09:30:00.000Z' })

export const SiteStatus = z.enum(['draft', 'published', 'changed']).openapi({
  description:
    'draft: nothing is live; published: the live page shows the draft; changed: the draft has unpublished edits',
})

export const SiteSummary = z
  .object({
    id: z.string().openapi({ example: SITE_ID_EXAMPLE }),
    brandId: z.string(),
    brandSlug: z.string().openapi({ example: 'demo' }),
    brandName: z.string(),
    branchId: z.string(),
    branchSlug: z.string().openapi({ example: 'downtown' }),
    branchName: z.string(),
    path: z.string().openapi({ example: '/demo/downtown' }),
    template: z.enum(TEMPLATE_IDS),
    status: SiteStatus,
    publishedVersion: z
      .object({ id: z.string(), number: z.number().int(), publishedAt: Timestamp })
      .nullable(),
    draftUpdatedAt: Timestamp.nullable(),
  })
  .openapi('SiteSummary')
export type SiteSummary = z.infer<typeof SiteSummary>

export const SiteList = z.object({ data: z.array(SiteSummary) }).openapi('SiteList')

export const PreviewLink = z
  .object({
    url: z.string().openapi({ example: 'https://vitrine.example/preview/site_01JD….pv_Xk3…' }),
    expiresAt: Timestamp,
  })
  .openapi('PreviewLink')

export const SiteDetail = SiteSummary.extend({
  draft: SiteContent,
  url: z.string().openapi({
    description: 'The public address of the live page',
    example: 'https://vitrine.example/demo/downtown',
  }),
  previewLink: z
    .object({
      url: z.string().nullable().openapi({
        description: 'Only the hash of the link is kept, so its address is shown once, when it is created',
      }),
      expiresAt: Timestamp,
    })
    .nullable()
    .openapi({ description: 'The shared draft preview link, while one is active' }),
  languages: z.array(
    z.object({ code: z.enum(LANGUAGE_CODES), name: z.string(), dir: z.enum(['ltr', 'rtl']) }),
  ),
}).openapi('SiteDetail')
export type SiteDetail = z.infer<typeof SiteDetail>

export const SaveDraftBody = z
  .strictObject({
    content: SiteContent,
    expectedUpdatedAt: z.iso.datetime().nullable().optional().openapi({
      description:
        "The draft's `draftUpdatedAt` this edit started from; when someone saved since, the save is refused with 409",
    }),
  })
  .openapi('SaveDraftBody')

export const SwitchTemplateBody = z
  .strictObject({ template: z.enum(TEMPLATE_IDS) })
  .openapi('SwitchTemplateBody')

export const PublishBody = z
  .strictObject({ note: z.string().trim().max(200).optional().openapi({ example: 'Spring menu' }) })
  .openapi('PublishBody')

export const PublishVersionBody = z.strictObject({ content: SiteContent }).openapi('PublishVersionBody')

export const SiteVersion = z
  .object({
    id: z.string(),
    siteId: z.string(),
    number: z.number().int(),
    content: SiteContent,
    publishedAt: Timestamp.nullable(),
    publishedBy: z.string().nullable(),
    note: z.string().nullable(),
    createdAt: Timestamp,
  })
  .openapi('SiteVersion')
export type SiteVersion = z.infer<typeof SiteVersion>

export const SiteVersionSummary = z
  .object({
    id: z.string(),
    number: z.number().int(),
    publishedAt: Timestamp.nullable(),
    publishedBy: z
      .string()
      .nullable()
      .openapi({ description: 'Who published it: a name, or the API key', example: 'Asha Rao' }),
    note: z.string().nullable().openapi({ example: 'Restored version 3' }),
    live: z.boolean(),
  })
  .openapi('SiteVersionSummary')
export type SiteVersionSummary = z.infer<typeof SiteVersionSummary>

export const SiteVersionList = z.object({ data: z.array(SiteVersionSummary) }).openapi('SiteVersionList')

export const Template = z
  .object({
    id: z.enum(TEMPLATE_IDS),
    name: z.string().openapi({ example: 'Restaurant' }),
    industry: z.string(),
    description: z.string(),
    sections: z.array(z.enum(SECTION_TYPES)),
    theme: Theme,
  })
  .openapi('Template')

export const TemplateList = z.object({ data: z.array(Template) }).openapi('TemplateList')

export const PreviewQuery = z.object({
  lang: z
    .enum(LANGUAGE_CODES)
    .optional()
    .openapi({ param: { name: 'lang', in: 'query' }, example: 'ar' }),
})
