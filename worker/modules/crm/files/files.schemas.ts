import { z } from '@hono/zod-openapi'
import { cursorPage, LimitParam } from '../../../lib/page-schemas.ts'
import { CRM_ENTITIES } from '../fields/fields.tables.ts'

export const AttachmentEntity = z.enum(CRM_ENTITIES).openapi({ example: 'contact' })

/** How the dashboard may show a file before it is downloaded. */
export const PREVIEW_KINDS = ['image', 'pdf'] as const

export const Attachment = z
  .object({
    id: z.string().openapi({ example: 'att_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
    entity: AttachmentEntity,
    entityId: z.string().openapi({ example: 'con_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
    filename: z.string().openapi({ example: 'quote-2025.pdf' }),
    contentType: z.string().openapi({
      example: 'application/pdf',
      description: 'Decided from the bytes when the file was uploaded, never from its name',
    }),
    byteSize: z.number().int().openapi({ example: 183_204 }),
    sha256: z.string().openapi({ example: 'a3f1…' }),
    preview: z
      .enum(PREVIEW_KINDS)
      .nullable()
      .openapi({ description: 'image or pdf when it can be previewed' }),
    uploadedBy: z
      .object({ userId: z.string(), name: z.string().nullable() })
      .nullable()
      .openapi({ description: 'Null when an API key uploaded it' }),
    createdAt: z.string().openapi({ example: '2025-01-01T10:00:00.000Z' }),
  })
  .openapi('Attachment')
export type Attachment = z.infer<typeof Attachment>

export const AttachmentList = cursorPage(Attachment).openapi('AttachmentList')
export type AttachmentList = z.infer<typeof AttachmentList>

export const ListAttachmentsQuery = z.object({
  entity: AttachmentEntity.openapi({ param: { name: 'entity', in: 'query' } }),
  entityId: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'entityId', in: 'query' }, example: 'con_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
  cursor: z
    .string()
    .max(64)
    .optional()
    .openapi({ param: { name: 'cursor', in: 'query' } }),
  limit: LimitParam(50),
})
export type ListAttachmentsQuery = z.infer<typeof ListAttachmentsQuery>

export const AttachmentLinks = z
  .object({
    url: z.string().openapi({
      example: 'https://app.vitrine.example/files/att_01JD….ten_01JD….1735725900.i.7f3c…',
      description: 'Shows the file in the browser (images and PDFs; other types download)',
    }),
    downloadUrl: z.string().openapi({ description: 'Always downloads the file under its name' }),
    expiresAt: z.string().openapi({ example: '2025-01-01T10:05:00.000Z' }),
  })
  .openapi('AttachmentLinks')
export type AttachmentLinks = z.infer<typeof AttachmentLinks>

export const CrmStorage = z
  .object({
    usedBytes: z.number().int().openapi({ example: 52_428_800 }),
    limitBytes: z.number().int().openapi({ example: 524_288_000 }),
  })
  .openapi('CrmStorage')
export type CrmStorage = z.infer<typeof CrmStorage>
