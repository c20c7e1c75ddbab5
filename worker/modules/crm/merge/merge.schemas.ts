import { z } from '@hono/zod-openapi'

export const MAX_MERGED = 9
const Id = z.string().min(1).max(64)

export const MergeBody = z
  .object({
    primaryId: Id.openapi({
      description: 'The record that stays (its id, links and history are kept)',
      example: 'con_01JD3Q9W2Z8K5V7M4N6P0R1S2T',
    }),
    mergeIds: z
      .array(Id)
      .min(1)
      .max(MAX_MERGED)
      .refine((ids) => new Set(ids).size === ids.length, 'Name each record once')
      .openapi({
        description: 'The records merged into it and then deleted (one to nine)',
        example: ['con_01JD3QA0000000000000000000'],
      }),
    fields: z
      .record(z.string().max(80), Id)
      .default({})
      .openapi({
        description:
          'Which record each field is taken from: field key (`name`, `email`, `custom.budget` …) → record id. Unnamed fields take the primary’s value, else the first other record’s that has one.',
        example: {
          name: 'con_01JD3QA0000000000000000000',
          'custom.budget': 'con_01JD3Q9W2Z8K5V7M4N6P0R1S2T',
        },
      }),
  })
  .strict()
  .refine((b) => !b.mergeIds.includes(b.primaryId), {
    message: 'The record that stays cannot also be merged away',
    path: ['mergeIds'],
  })
  .openapi('MergeBody')
export type MergeBody = z.infer<typeof MergeBody>

export const MergeResult = z
  .object({
    primaryId: z.string(),
    mergedIds: z.array(z.string()),
    activityId: z.string().openapi({ description: 'The `merge` entry on the timeline' }),
    moved: z
      .object({
        leads: z.number().int(),
        leadTouches: z.number().int(),
        activities: z.number().int(),
        deals: z.number().int(),
        links: z.number().int().openapi({ description: 'Contact–company links added to the primary' }),
        attachments: z.number().int(),
        childCompanies: z.number().int(),
      })
      .openapi({ description: 'Rows now pointing at the primary instead of a merged record' }),
  })
  .openapi('MergeResult')
export type MergeResult = z.infer<typeof MergeResult>
export type MovedCounts = MergeResult['moved']

export const MERGE_ENTITIES = ['contact', 'company'] as const
export type MergeEntity = (typeof MERGE_ENTITIES)[number]

export const MergePreviewQuery = z.object({
  entity: z.enum(MERGE_ENTITIES),
  ids: z
    .preprocess(
      (v) =>
        typeof v === 'string'
          ? v
              .split(',')
              .map((id) => id.trim())
              .filter(Boolean)
          : v,
      z
        .array(Id)
        .min(2)
        .max(MAX_MERGED + 1)
        .refine((ids) => new Set(ids).size === ids.length, 'Name each record once'),
    )
    .openapi({
      type: 'string',
      description: 'Comma-separated ids, the one to keep first',
      example: 'con_01JD3Q9W2Z8K5V7M4N6P0R1S2T,con_01JD3QA0000000000000000000',
    }),
})

export const MergePreview = z
  .object({
    entity: z.enum(MERGE_ENTITIES),
    records: z.array(
      z.object({ id: z.string(), name: z.string(), createdAt: z.string(), summary: z.array(z.string()) }),
    ),
    fields: z.array(
      z.object({
        key: z.string().openapi({ example: 'email' }),
        label: z.string().openapi({ example: 'E-mail' }),
        /** What each record holds, shown as text (names for owners, branches and parents). */
        options: z.array(z.object({ recordId: z.string(), value: z.string().nullable() })),
        defaultRecordId: z.string(),
        differs: z.boolean().openapi({ description: 'Whether the records hold different values' }),
      }),
    ),
    kept: z
      .array(z.string())
      .openapi({ description: 'What is kept whatever is chosen (other addresses, tags, history)' }),
  })
  .openapi('MergePreview')
export type MergePreview = z.infer<typeof MergePreview>
