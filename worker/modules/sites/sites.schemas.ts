import { z } from '@hono/zod-openapi'
import { SiteContent } from './content/site-content.ts'

export const Site = z
  .object({
    id: z.string().openapi({ example: 'site_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
    brandId: z.string(),
    brandSlug: z.string().openapi({ example: 'demo' }),
    branchId: z.string(),
    branchSlug: z.string().openapi({ example: 'downtown' }),
    branchName: z.string(),
    publishedVersionId: z.string().nullable(),
    path: z.string().openapi({ example: '/demo/downtown' }),
  })
  .openapi('Site')

export const SiteList = z.object({ data: z.array(Site) }).openapi('SiteList')

export const PublishVersionBody = z.strictObject({ content: SiteContent }).openapi('PublishVersionBody')

export const SiteVersion = z
  .object({
    id: z.string(),
    siteId: z.string(),
    number: z.number().int(),
    content: SiteContent,
    publishedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('SiteVersion')
