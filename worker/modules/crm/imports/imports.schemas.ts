import { z } from '@hono/zod-openapi'
import { DUPLICATE_POLICIES, IMPORT_ENTITIES, IMPORT_STATUSES } from './imports.tables.ts'

const IsoTime = z.string().openapi({ example: '2025-03-01T09:30:00.000Z' })

export const ImportRowProblem = z
  .object({
    row: z.number().int().openapi({ description: '1-based data row; the header is row 0', example: 12 }),
    field: z.string().optional().openapi({ example: 'email' }),
    message: z.string().openapi({ example: '“asha@” is not an e-mail address' }),
  })
  .openapi('ImportRowProblem')

const ImportMapping = z.record(z.string().max(200), z.string().min(1).max(80)).openapi('ImportMapping', {
  description: 'CSV column → field: name, firstName, lastName, email, phone, … or custom.<key>',
  example: { 'Full name': 'name', 'E-mail': 'email', Budget: 'custom.budget' },
})

export const CrmImport = z
  .object({
    id: z.string().openapi({ example: 'imp_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
    entity: z.enum(IMPORT_ENTITIES),
    status: z.enum(IMPORT_STATUSES),
    filename: z.string().openapi({ example: 'contacts.csv' }),
    byteSize: z.number().int(),
    headers: z.array(z.string()),
    mapping: ImportMapping.nullable(),
    duplicatePolicy: z.enum(DUPLICATE_POLICIES).nullable(),
    tag: z.string().nullable(),
    branchId: z.string().nullable(),
    userId: z.string(),
    totalRows: z.number().int(),
    processedRows: z.number().int(),
    createdCount: z.number().int(),
    updatedCount: z.number().int(),
    skippedCount: z.number().int(),
    failedCount: z.number().int(),
    problemCount: z
      .number()
      .int()
      .openapi({ description: 'Row problems recorded (the first 10,000 are kept)' }),
    error: z.string().nullable(),
    startedAt: IsoTime.nullable(),
    finishedAt: IsoTime.nullable(),
    createdAt: IsoTime,
  })
  .openapi('CrmImport')
export type CrmImport = z.infer<typeof CrmImport>

export const ImportFieldChoice = z
  .object({ value: z.string().openapi({ example: 'custom.budget' }), label: z.string() })
  .openapi('ImportFieldChoice')

export const SampleRow = z
  .object({ row: z.number().int(), fields: z.array(z.string()).nullable(), error: z.string().nullable() })
  .openapi('ImportSampleRow')

export const UploadedImport = CrmImport.extend({
  suggestedMapping: ImportMapping,
  fields: z.array(ImportFieldChoice).openapi({ description: 'What a column can be mapped to' }),
  sample: z.array(SampleRow).openapi({ description: 'The first 20 data rows as read' }),
}).openapi('UploadedImport')
export type UploadedImport = z.infer<typeof UploadedImport>

export const ImportDetail = CrmImport.extend({
  fields: z.array(ImportFieldChoice),
  problems: z.array(ImportRowProblem).openapi({ description: 'The first 200 row problems' }),
}).openapi('CrmImportDetail')
export type ImportDetail = z.infer<typeof ImportDetail>

export const ImportList = z
  .object({ items: z.array(CrmImport), nextCursor: z.string().nullable() })
  .openapi('CrmImportList')

export const ListImportsQuery = z.object({
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
})

export const UploadImportQuery = z.object({
  entity: z.enum(IMPORT_ENTITIES).openapi({ description: 'What each row becomes' }),
  filename: z.string().trim().min(1).max(200).openapi({ example: 'contacts.csv' }),
})

export const PreviewImportBody = z
  .strictObject({ mapping: ImportMapping, duplicatePolicy: z.enum(DUPLICATE_POLICIES).default('skip') })
  .openapi('PreviewImportBody')
export type PreviewImportBody = z.infer<typeof PreviewImportBody>

export const ImportPreview = z
  .object({
    totalRows: z.number().int(),
    valid: z.number().int().openapi({ description: 'Rows that pass every check' }),
    invalid: z.number().int().openapi({ description: 'Rows that would be skipped and reported' }),
    duplicatesInFile: z
      .number()
      .int()
      .openapi({ description: 'Valid rows whose e-mail or phone an earlier row of the file has' }),
    duplicatesExisting: z.number().int().openapi({
      description: 'Valid rows whose e-mail or phone (domain, for companies) a record already has',
    }),
    problems: z.array(ImportRowProblem).openapi({ description: 'The first 200 row problems' }),
    problemCount: z.number().int(),
  })
  .openapi('ImportPreview')
export type ImportPreview = z.infer<typeof ImportPreview>

export const StartImportBody = PreviewImportBody.extend({
  confirmSkipInvalid: z
    .boolean()
    .default(false)
    .openapi({ description: 'Required (true) when some rows are invalid: they are skipped and reported' }),
  tag: z.string().trim().min(1).max(40).optional().openapi({ example: 'import-2025-03' }),
  branchId: z.string().max(64).optional(),
}).openapi('StartImportBody')
export type StartImportBody = z.infer<typeof StartImportBody>
