// The custom fields API's shapes. A field's key is its stable machine name (values are stored
// under it), so it is set once; everything else can change, within the rules in fields.service.ts.
import { z } from '@hono/zod-openapi'
import { CRM_ENTITIES, FIELD_TYPES } from './fields.tables.ts'

export const MAX_FIELDS_PER_ENTITY = 100
export const MAX_OPTIONS = 200
export const FIELD_KEY = /^[a-z][a-z0-9_]{0,39}$/

const Label = z.string().trim().min(1).max(80)
const Option = z.string().trim().min(1).max(100)
const Options = z
  .array(Option)
  .max(MAX_OPTIONS)
  .refine(
    (list) => new Set(list.map((o) => o.toLowerCase())).size === list.length,
    'Options must be distinct',
  )

export const CrmField = z
  .object({
    id: z.string().openapi({ example: 'fld_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
    entity: z.enum(CRM_ENTITIES),
    key: z.string().openapi({ example: 'budget' }),
    label: z.string().openapi({ example: 'Budget' }),
    type: z.enum(FIELD_TYPES),
    options: z.array(z.string()),
    required: z.boolean(),
    position: z.number().int(),
    archivedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('CrmField')
export type CrmField = z.infer<typeof CrmField>

export const CrmFieldInput = z
  .strictObject({
    entity: z.enum(CRM_ENTITIES),
    key: z
      .string()
      .regex(FIELD_KEY, 'Use a lower-case letter, then up to 39 lower-case letters, digits or _')
      .openapi({ example: 'budget' }),
    label: Label.openapi({ example: 'Budget' }),
    type: z.enum(FIELD_TYPES),
    options: Options.default([]),
    required: z.boolean().default(false),
    // Omitted: after the entity's last field.
    position: z.number().int().min(0).max(10_000).optional(),
  })
  .openapi('CrmFieldInput')
export type CrmFieldInput = z.infer<typeof CrmFieldInput>

/** The key and entity never change; `key` is accepted only to say so clearly when it differs. */
export const CrmFieldPatch = z
  .strictObject({
    key: z.string().max(80),
    label: Label,
    type: z.enum(FIELD_TYPES),
    options: Options,
    required: z.boolean(),
    position: z.number().int().min(0).max(10_000),
  })
  .partial()
  .openapi('CrmFieldPatch')
export type CrmFieldPatch = z.infer<typeof CrmFieldPatch>

export const CrmFieldListQuery = z.object({
  entity: z
    .enum(CRM_ENTITIES)
    .optional()
    .openapi({ param: { name: 'entity', in: 'query' } }),
  archived: z
    .enum(['true', 'false'])
    .default('false')
    .openapi({ param: { name: 'archived', in: 'query' }, description: 'true: archived fields too' }),
})

export const CrmFieldList = z.object({ items: z.array(CrmField) }).openapi('CrmFieldList')
export type CrmFieldList = z.infer<typeof CrmFieldList>
