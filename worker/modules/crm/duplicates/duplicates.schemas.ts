import { z } from '@hono/zod-openapi'
import { MERGE_ENTITIES } from '../merge/merge.schemas.ts'

export const DUPLICATE_REASONS = ['email', 'phone', 'name_and_company', 'domain', 'name'] as const
export type DuplicateReasonKind = (typeof DUPLICATE_REASONS)[number]

export const ListDuplicatesQuery = z.object({
  entity: z.enum(MERGE_ENTITIES).openapi({ description: 'Contacts or companies', example: 'contact' }),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  cursor: z.string().max(200).optional(),
})
export type ListDuplicatesQuery = z.infer<typeof ListDuplicatesQuery>

export const DuplicateRecord = z
  .object({
    id: z.string(),
    name: z.string(),
    facts: z.array(z.object({ label: z.string(), value: z.string() })),
    createdAt: z.string(),
  })
  .openapi('DuplicateRecord')

export const DuplicatePair = z
  .object({
    key: z.string().openapi({ description: 'The two ids, joined by `:`, smaller first' }),
    confidence: z
      .number()
      .int()
      .min(0)
      .max(100)
      .openapi({ description: 'How sure, in percent', example: 95 }),
    reasons: z.array(
      z.object({
        kind: z.enum(DUPLICATE_REASONS),
        label: z.string().openapi({ example: 'Same e-mail address: asha@example.com' }),
      }),
    ),
    records: z.tuple([DuplicateRecord, DuplicateRecord]),
  })
  .openapi('DuplicatePair')
export type DuplicatePair = z.infer<typeof DuplicatePair>

export const DuplicateList = z
  .object({ items: z.array(DuplicatePair), nextCursor: z.string().nullable() })
  .openapi('DuplicateList')
export type DuplicateList = z.infer<typeof DuplicateList>
