import { and, desc, eq, getTableColumns, lt, sql } from 'drizzle-orm'
import { ApiError } from '../../../lib/errors.ts'
import type { PgTx } from '../../../lib/pg.ts'
import type { FieldDef } from '../fields/field-defs.ts'
import { CUSTOM_PREFIX, type ImportEntity, importFieldsOf } from './import-fields.ts'
import type { CrmImport } from './imports.schemas.ts'
import { crmImports } from './imports.tables.ts'

export type ImportRow = typeof crmImports.$inferSelect

/** Row problems kept per import: enough to fix a file, bounded for the row's size. */
export const MAX_STORED_PROBLEMS = 10_000

const iso = (d: Date | null) => (d ? d.toISOString() : null)

/** The DTO; a listed row carries its problem count instead of the problems. */
export function toCrmImport(
  row: Omit<ImportRow, 'problems'> & ({ problems: unknown[] } | { problemCount: number }),
): CrmImport {
  return {
    id: row.id,
    entity: row.entity,
    status: row.status,
    filename: row.filename,
    byteSize: row.byteSize,
    headers: row.headers,
    mapping: row.mapping ?? null,
    duplicatePolicy: row.duplicatePolicy ?? null,
    tag: row.tag,
    branchId: row.branchId,
    userId: row.userId,
    totalRows: row.totalRows,
    processedRows: row.processedRows,
    createdCount: row.createdCount,
    updatedCount: row.updatedCount,
    skippedCount: row.skippedCount,
    failedCount: row.failedCount,
    problemCount: 'problemCount' in row ? row.problemCount : row.problems.length,
    error: row.error,
    startedAt: iso(row.startedAt),
    finishedAt: iso(row.finishedAt),
    createdAt: row.createdAt.toISOString(),
  }
}

/** The import, locked for this transaction when `lock` (a chunk or a start). 404 when not this tenant's. */
export async function getImportOrThrow(
  tx: PgTx,
  tenantId: string,
  importId: string,
  { lock = false } = {},
): Promise<ImportRow> {
  const query = tx
    .select()
    .from(crmImports)
    .where(and(eq(crmImports.tenantId, tenantId), eq(crmImports.id, importId)))
  const [row] = lock ? await query.for('update') : await query
  if (!row) throw new ApiError('NOT_FOUND', `Import ${importId} not found`)
  return row
}

/** Newest first, keyset-paged on the id (ids sort by time). */
export function listImports(tx: PgTx, tenantId: string, limit: number, cursor: string | undefined) {
  const { problems, ...columns } = getTableColumns(crmImports)
  return tx
    .select({ ...columns, problemCount: sql<number>`jsonb_array_length(${problems})::int` })
    .from(crmImports)
    .where(and(eq(crmImports.tenantId, tenantId), cursor ? lt(crmImports.id, cursor) : undefined))
    .orderBy(desc(crmImports.id))
    .limit(limit + 1)
}

const BUILT_IN_LABELS: Record<string, string> = {
  name: 'Name',
  firstName: 'First name',
  lastName: 'Last name',
  email: 'E-mail',
  phone: 'Phone',
  company: 'Company name',
  companyDomain: 'Company domain',
  jobTitle: 'Job title',
  tags: 'Tags',
  lifecycleStage: 'Lifecycle stage',
  ownerEmail: 'Owner (member e-mail)',
  domain: 'Domain',
  website: 'Website',
  industry: 'Industry',
  employees: 'Employees',
  city: 'City',
  country: 'Country',
}

/** What a column can be mapped to, for the mapping screen: built-ins, then custom fields. */
export function fieldChoices(entity: ImportEntity, defs: readonly FieldDef[]) {
  return [
    ...importFieldsOf(entity).map((value) => ({
      value,
      label: value === 'name' && entity === 'company' ? 'Company name' : (BUILT_IN_LABELS[value] ?? value),
    })),
    ...defs.map((def) => ({ value: `${CUSTOM_PREFIX}${def.key}`, label: def.label })),
  ]
}
