// Postgres: CSV imports, from upload through preview and confirmation to the queued run. The
// file itself waits in R2 (ASSETS, key `crm-imports/{tenantId}/{importId}.csv`).
import { index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core'
import {
  pgTimestamp,
  pgTimestampOptional,
  tenantIdColumn,
  tenantIsolationPolicy,
} from '../../../lib/pg-columns.ts'

export const IMPORT_ENTITIES = ['contact', 'company'] as const
export const IMPORT_STATUSES = ['uploaded', 'queued', 'running', 'done', 'failed', 'cancelled'] as const
export type ImportStatus = (typeof IMPORT_STATUSES)[number]
/** What to do with a row that matches an existing record: leave it, fill it in, or add anyway. */
export const DUPLICATE_POLICIES = ['skip', 'merge', 'create'] as const
export type DuplicatePolicy = (typeof DUPLICATE_POLICIES)[number]

/** CSV column -> field: a built-in field name or `custom.<key>`; unmapped columns are ignored. */
export type ImportMapping = Record<string, string>

export interface ImportRowProblem {
  /** 1-based data row (the header is row 0). */
  row: number
  field?: string
  message: string
}

export const crmImports = pgTable(
  'crm_imports',
  {
    id: text('id').primaryKey(),
    tenantId: tenantIdColumn(),
    userId: text('user_id').notNull(),
    entity: text('entity', { enum: IMPORT_ENTITIES }).notNull(),
    status: text('status', { enum: IMPORT_STATUSES }).notNull().default('uploaded'),
    filename: text('filename').notNull(),
    r2Key: text('r2_key').notNull(),
    byteSize: integer('byte_size').notNull(),
    headers: jsonb('headers').$type<string[]>().notNull(),
    mapping: jsonb('mapping').$type<ImportMapping>(),
    duplicatePolicy: text('duplicate_policy', { enum: DUPLICATE_POLICIES }),
    // Tag every imported record, so an import can be found (and undone) as a whole.
    tag: text('tag'),
    branchId: text('branch_id'),
    totalRows: integer('total_rows').notNull().default(0),
    processedRows: integer('processed_rows').notNull().default(0),
    createdCount: integer('created_count').notNull().default(0),
    updatedCount: integer('updated_count').notNull().default(0),
    skippedCount: integer('skipped_count').notNull().default(0),
    failedCount: integer('failed_count').notNull().default(0),
    // The first problems found (capped), for the validation report.
    problems: jsonb('problems').$type<ImportRowProblem[]>().notNull().default([]),
    error: text('error'),
    startedAt: pgTimestampOptional('started_at'),
    finishedAt: pgTimestampOptional('finished_at'),
    createdAt: pgTimestamp('created_at'),
    updatedAt: pgTimestamp('updated_at').$onUpdate(() => new Date()),
  },
  (t) => [index('crm_imports_tenant').on(t.tenantId, t.createdAt), tenantIsolationPolicy('crm_imports')],
).enableRLS()
