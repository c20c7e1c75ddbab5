// An import from upload to start. The file is refused whole when it is not a CSV with a header;
// otherwise it waits in R2 while the user maps its columns and previews the report, and starts
// as a queued job only once they confirm skipping the rows that cannot be imported.
import { and, eq } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { newId } from '../../../lib/ids.ts'
import { assertIdCursor, idPage } from '../../../lib/paging.ts'
import { recordAudit } from '../../audit/index.ts'
import type { MemberActor } from '../../auth/index.ts'
import { crmTx } from '../crm-tx.ts'
import { loadFieldDefs } from '../fields/field-defs.ts'
import { sendCrmMessages } from '../jobs/send-crm-message.ts'
import { MAX_IMPORT_BYTES } from '../uploads.ts'
import { checkRows } from './check-rows.ts'
import { checkImportBranch, loadRowContext, readImportFile } from './import-context.ts'
import { suggestMapping } from './import-fields.ts'
import { decodeCsv, inspectCsv } from './import-file.ts'
import {
  fieldChoices,
  getImportOrThrow,
  type ImportRow,
  listImports as listRows,
  toCrmImport,
} from './imports.repo.ts'
import type {
  ImportDetail,
  ImportPreview,
  PreviewImportBody,
  StartImportBody,
  UploadedImport,
} from './imports.schemas.ts'
import { crmImports, type IMPORT_ENTITIES } from './imports.tables.ts'

const SHOWN_PROBLEMS = 200

/** Stores an uploaded CSV and answers its header, row count, a suggested mapping and 20 rows. */
export async function uploadImport(
  ctx: TenantCtx,
  actor: MemberActor,
  query: { entity: (typeof IMPORT_ENTITIES)[number]; filename: string },
  bytes: ArrayBuffer,
): Promise<UploadedImport> {
  if (bytes.byteLength > MAX_IMPORT_BYTES)
    throw new ApiError(
      'PAYLOAD_TOO_LARGE',
      `An import file may be at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB`,
    )
  const shape = inspectCsv(decodeCsv(bytes))
  const now = ctx.now()
  const id = newId('crmImport', now.getTime())
  const r2Key = `crm-imports/${ctx.tenantId}/${id}.csv`
  await ctx.env.MEDIA.put(r2Key, bytes, { httpMetadata: { contentType: 'text/csv; charset=utf-8' } })
  try {
    return await crmTx(ctx, async (tx) => {
      const [row] = await tx
        .insert(crmImports)
        .values({
          id,
          tenantId: ctx.tenantId,
          userId: actor.userId,
          entity: query.entity,
          filename: query.filename,
          r2Key,
          byteSize: bytes.byteLength,
          headers: shape.headers,
          totalRows: shape.totalRows,
          createdAt: now,
          updatedAt: now,
        })
        .returning()
      const defs = await loadFieldDefs(tx, ctx.tenantId, query.entity)
      return {
        ...toCrmImport(row!),
        suggestedMapping: suggestMapping(query.entity, shape.headers, defs),
        fields: fieldChoices(query.entity, defs),
        sample: shape.sample.map((r) => ({ row: r.row, fields: r.fields, error: r.error })),
      }
    })
  } catch (error) {
    await ctx.env.MEDIA.delete(r2Key).catch(() => undefined)
    throw error
  }
}

function assertNotStarted(row: ImportRow) {
  if (row.status !== 'uploaded' && !(row.status === 'queued' && row.processedRows === 0))
    throw new ApiError('CONFLICT', `This import is already ${row.status}`)
}

/**
 * Checks every row against the mapping and reports counts and problems, writing nothing but
 * the report (so /problems.csv can list it before the import starts).
 */
export async function previewImport(
  ctx: TenantCtx,
  importId: string,
  body: PreviewImportBody,
): Promise<ImportPreview> {
  return crmTx(ctx, async (tx) => {
    const row = await getImportOrThrow(tx, ctx.tenantId, importId)
    assertNotStarted(row)
    const rowCtx = await loadRowContext(ctx, tx, ctx.tenantId, row, body.mapping, row.branchId)
    const report = await checkRows(
      tx,
      ctx.tenantId,
      await readImportFile(ctx, row.r2Key),
      row.totalRows,
      rowCtx,
    )
    await tx
      .update(crmImports)
      .set({ mapping: body.mapping, duplicatePolicy: body.duplicatePolicy, problems: report.problems })
      .where(and(eq(crmImports.tenantId, ctx.tenantId), eq(crmImports.id, importId)))
    return { ...report, problems: report.problems.slice(0, SHOWN_PROBLEMS) }
  })
}

/**
 * Queues the import. With invalid rows it needs `confirmSkipInvalid: true` (409 telling how
 * many otherwise): the good rows are imported, the others reported.
 */
export async function startImport(
  ctx: TenantCtx,
  actor: MemberActor,
  importId: string,
  body: StartImportBody,
): Promise<ImportDetail> {
  const branchId = await checkImportBranch(ctx, ctx.tenantId, actor, body.branchId)
  const started = await crmTx(ctx, async (tx) => {
    const row = await getImportOrThrow(tx, ctx.tenantId, importId, { lock: true })
    assertNotStarted(row)
    const rowCtx = await loadRowContext(ctx, tx, ctx.tenantId, row, body.mapping, branchId)
    const report = await checkRows(
      tx,
      ctx.tenantId,
      await readImportFile(ctx, row.r2Key),
      row.totalRows,
      rowCtx,
    )
    if (report.invalid > 0 && !body.confirmSkipInvalid)
      throw new ApiError(
        'CONFLICT',
        `${report.invalid} of ${report.totalRows} rows cannot be imported; confirm with confirmSkipInvalid: true to import the ${report.valid} valid rows and skip them`,
      )
    const [updated] = await tx
      .update(crmImports)
      .set({
        status: 'queued',
        mapping: body.mapping,
        duplicatePolicy: body.duplicatePolicy,
        tag: body.tag ?? null,
        branchId,
        processedRows: 0,
        createdCount: 0,
        updatedCount: 0,
        skippedCount: 0,
        failedCount: 0,
        problems: [],
        error: null,
        startedAt: ctx.now(),
      })
      .where(and(eq(crmImports.tenantId, ctx.tenantId), eq(crmImports.id, importId)))
      .returning()
    return { row: updated!, defs: rowCtx.defs }
  })
  await sendCrmMessages(ctx, [{ type: 'crm.import', tenantId: ctx.tenantId, importId, offset: 0 }])
  await recordAudit(ctx, {
    action: 'crm.import_started',
    tenantId: ctx.tenantId,
    actor: ctx.actor,
    target: { type: 'crm_import', id: importId },
    metadata: { entity: started.row.entity, rows: started.row.totalRows, policy: body.duplicatePolicy },
  })
  return { ...toCrmImport(started.row), fields: fieldChoices(started.row.entity, started.defs), problems: [] }
}

export async function getImport(ctx: TenantCtx, importId: string): Promise<ImportDetail> {
  return crmTx(ctx, async (tx) => {
    const row = await getImportOrThrow(tx, ctx.tenantId, importId)
    const defs = await loadFieldDefs(tx, ctx.tenantId, row.entity)
    return {
      ...toCrmImport(row),
      fields: fieldChoices(row.entity, defs),
      problems: row.problems.slice(0, SHOWN_PROBLEMS),
    }
  })
}

export async function listImports(ctx: TenantCtx, query: { cursor?: string; limit: number }) {
  assertIdCursor('crmImport', query.cursor)
  const rows = await crmTx(ctx, (tx) => listRows(tx, ctx.tenantId, query.limit, query.cursor))
  const { page, nextCursor } = idPage(rows, query.limit)
  return { items: page.map((row) => toCrmImport(row)), nextCursor }
}

/** Every recorded problem of the import, for the CSV report. */
export async function importProblems(ctx: TenantCtx, importId: string) {
  return crmTx(ctx, async (tx) => {
    const row = await getImportOrThrow(tx, ctx.tenantId, importId)
    return { filename: row.filename, problems: row.problems }
  })
}
