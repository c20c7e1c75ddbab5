import { z } from '@hono/zod-openapi'
import { LIFECYCLE_STAGES } from '../contacts/contacts.tables.ts'
import { CrmFilter } from '../filters/filter.schemas.ts'
import { BULK_ACTIONS } from './bulk.tables.ts'

export const MAX_BULK_RECORDS = 5000

const Tag = z.string().trim().min(1).max(40)

export const BulkPatch = z
  .strictObject({
    ownerUserId: z.string().max(64).nullable().optional(),
    branchId: z.string().max(64).nullable().optional(),
    lifecycleStage: z.enum(LIFECYCLE_STAGES).optional().openapi({ description: 'Contacts only' }),
    customFields: z
      .record(z.string(), z.unknown())
      .optional()
      .openapi({
        type: 'object',
        example: { budget: 5000 },
        description: 'Values by field key; null clears one',
      }),
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), 'Name at least one field to change')
  .openapi('CrmBulkPatch')
export type BulkPatch = z.infer<typeof BulkPatch>

export const BulkBody = z
  .strictObject({
    entity: z.enum(['contact', 'company']),
    ids: z
      .array(z.string().min(1).max(64))
      .min(1)
      .max(MAX_BULK_RECORDS)
      .optional()
      .openapi({ description: `At most ${MAX_BULK_RECORDS.toLocaleString('en')} ids` }),
    filter: CrmFilter.optional().openapi({ description: 'Instead of ids: every record the filter matches' }),
    action: z.enum(BULK_ACTIONS),
    patch: BulkPatch.optional().openapi({ description: 'For update' }),
    tags: z.array(Tag).min(1).max(30).optional().openapi({ description: 'For tag and untag' }),
  })
  .superRefine((b, ctx) => {
    if ((b.ids === undefined) === (b.filter === undefined))
      ctx.addIssue({ code: 'custom', path: ['ids'], message: 'Send either ids or a filter' })
    if (b.action === 'update' && !b.patch)
      ctx.addIssue({ code: 'custom', path: ['patch'], message: 'An update needs a patch' })
    if ((b.action === 'tag' || b.action === 'untag') && !b.tags)
      ctx.addIssue({
        code: 'custom',
        path: ['tags'],
        message: `${b.action === 'tag' ? 'Tagging' : 'Untagging'} needs tags`,
      })
    if (b.entity === 'company' && b.patch?.lifecycleStage !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['patch', 'lifecycleStage'],
        message: 'Companies have no lifecycle stage',
      })
  })
  .openapi('CrmBulkBody')
export type BulkBody = z.infer<typeof BulkBody>

export const BulkResult = z
  .object({
    crmUndoId: z.string().openapi({ example: 'undo_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
    entity: z.enum(['contact', 'company']),
    action: z.enum(BULK_ACTIONS),
    count: z.number().int().openapi({ description: 'Records changed' }),
    expiresAt: z.string().openapi({ description: 'Until when POST /crm/undo/{crmUndoId} can undo it' }),
  })
  .openapi('CrmBulkResult')
export type BulkResult = z.infer<typeof BulkResult>

export const UndoResult = z
  .object({
    crmUndoId: z.string(),
    entity: z.string(),
    action: z.enum(BULK_ACTIONS),
    count: z.number().int().openapi({ description: 'Records put back as they were' }),
  })
  .openapi('CrmUndoResult')
export type UndoResult = z.infer<typeof UndoResult>
