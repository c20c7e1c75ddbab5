import { z } from '@hono/zod-openapi'
import { LimitParam, NextCursor } from '../../lib/page-schemas.ts'
import { MEDIA_KINDS } from './media.tables.ts'

export const MediaKind = z.enum(MEDIA_KINDS).openapi({ example: 'image' })

/** How other resources point at an upload: its id and the public path it is served from. */
export const MediaRef = z
  .object({
    id: z.string().openapi({ example: 'med_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
    url: z
      .string()
      .openapi({ example: '/media/ten_01JD3Q9W2Z8K5V7M4N6P0R1S2T/med_01JD3Q9W2Z8K5V7M4N6P0R1S2T.webp' }),
  })
  .openapi('MediaRef')
export type MediaRef = z.infer<typeof MediaRef>

export const MediaAsset = z
  .object({
    id: z.string().openapi({ example: 'med_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
    kind: MediaKind,
    contentType: z.string().openapi({ example: 'image/webp' }),
    bytes: z.number().int().openapi({ example: 48213 }),
    width: z.number().int().nullable().openapi({ example: 1600 }),
    height: z.number().int().nullable().openapi({ example: 900 }),
    url: z.string().openapi({
      example: '/media/ten_01JD3Q9W2Z8K5V7M4N6P0R1S2T/med_01JD3Q9W2Z8K5V7M4N6P0R1S2T.webp',
      description: 'Public path, served with long immutable cache headers on every host',
    }),
    fileName: z.string().nullable().openapi({ example: 'storefront.webp' }),
    createdAt: z.string().openapi({ example: '2025-01-01T10:00:00.000Z' }),
  })
  .openapi('MediaAsset')
export type MediaAsset = z.infer<typeof MediaAsset>

export const MediaList = z
  .object({
    data: z.array(MediaAsset),
    nextCursor: NextCursor,
  })
  .openapi('MediaList')
export type MediaList = z.infer<typeof MediaList>

export const ListMediaQuery = z.object({
  kind: MediaKind.optional().openapi({ param: { name: 'kind', in: 'query' } }),
  cursor: z
    .string()
    .max(200)
    .optional()
    .openapi({ param: { name: 'cursor', in: 'query' } }),
  limit: LimitParam(48),
})
export type ListMediaQuery = z.infer<typeof ListMediaQuery>

/** The multipart form of an upload, for the OpenAPI document; the handler reads the raw body. */
export const UploadMediaForm = z
  .object({
    file: z.any().openapi({ type: 'string', format: 'binary', description: 'The image or video' }),
    alt: z.string().max(200).optional().openapi({ description: 'Text alternative, kept with the file' }),
  })
  .openapi('UploadMediaForm')
