// What a bulk batch is asked to build, and what its row keeps (qr_batches.options) for the job.
import { z } from '@hono/zod-openapi'
import { API_SCOPES, ROLES } from '../../auth/permissions.ts'
import { QrDesignOverrides } from '../qr.model.ts'

export const BATCH_FORMATS = ['svg', 'png', 'pdf'] as const
export type BatchFormat = (typeof BATCH_FORMATS)[number]

const Formats = z
  .array(z.enum(BATCH_FORMATS))
  .min(1)
  .max(3)
  .refine((f) => new Set(f).size === f.length, 'List each format once')
  .default(['svg', 'png'])
  .openapi({ description: 'One folder of files per format in the ZIP', example: ['svg', 'png', 'pdf'] })

const Sheet = z
  .strictObject({
    paper: z.enum(['a4', 'letter']).default('a4'),
    perPage: z.literal([1, 2, 4, 6, 8, 12, 20]).default(6),
    cutMarks: z.boolean().default(true),
  })
  .openapi({ description: 'Adds print-sheet.pdf: every code with its label, N per page' })

const Common = {
  formats: Formats,
  sheet: Sheet.optional(),
  tents: z
    .boolean()
    .default(false)
    .openapi({ description: 'Adds table-tents.pdf: one folded tent per code' }),
}

export const CreateQrBatch = z
  .discriminatedUnion('source', [
    z.strictObject({
      source: z.literal('brand'),
      brandId: z.string().min(1).max(64),
      // Only for codes the batch creates; a branch's existing front-door code keeps its look.
      design: QrDesignOverrides.optional(),
      ...Common,
    }),
    z.strictObject({
      source: z.literal('csv'),
      csv: z
        .string()
        .min(1)
        .max(60_000)
        .openapi({ example: 'label,placement,branch,target_url\nTable 4,table 4,main-street,\n' }),
      // Where `branch` slugs are looked up when several brands use the same one.
      brandId: z.string().min(1).max(64).optional(),
      design: QrDesignOverrides.optional(),
      ...Common,
    }),
  ])
  .openapi('CreateQrBatch')
export type CreateQrBatch = z.infer<typeof CreateQrBatch>

/** A code the job will make: its label, placement, branch and where it sends people. */
export const PlannedCode = z.object({
  label: z.string(),
  placement: z.string().nullable(),
  brandId: z.string().nullable(),
  branchId: z.string().nullable(),
  // Null: the branch's microsite.
  targetUrl: z.string().nullable(),
})
export type PlannedCode = z.infer<typeof PlannedCode>

/** Who asked, as authenticated then: the job creates the codes in their name (and audit log). */
const RequestedBy = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('user'),
    userId: z.string(),
    tenantId: z.string(),
    role: z.enum(ROLES),
    branchIds: z.array(z.string()).nullable(),
    sessionId: z.string(),
    impersonatorId: z.string().nullable(),
  }),
  z.object({
    kind: z.literal('api_key'),
    apiKeyId: z.string(),
    tenantId: z.string(),
    scopes: z.array(z.enum(API_SCOPES)),
    branchIds: z.null(),
  }),
])

/**
 * qr_batches.options: read back by the job with this schema. `items` lists every code in ZIP
 * order: an existing code to reuse, or one to create. `branchIds` are the branches the batch
 * touches, which decides who may see it.
 */
export const BatchOptions = z.object({
  requestedBy: RequestedBy,
  formats: z.array(z.enum(BATCH_FORMATS)),
  sheet: Sheet.nullable(),
  tents: z.boolean(),
  design: QrDesignOverrides.nullable(),
  branchIds: z.array(z.string()),
  items: z.array(z.union([z.object({ reuse: z.string() }), z.object({ create: PlannedCode })])),
})
export type BatchOptions = z.infer<typeof BatchOptions>
