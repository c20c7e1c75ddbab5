// The `crm.import` consumer: one chunk of a confirmed import per message, each in one
// transaction that also moves the checkpoint (processed_rows), so a redelivered message finds
// its chunk done and only makes sure the next one is queued.
import { and, eq, sql } from 'drizzle-orm'
import type { Ctx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { type PgTx, withTenant } from '../../../lib/pg.ts'
import { publishTenantEvent } from '../../notifications/index.ts'
import type { CrmMessageOf } from '../jobs/crm-message.ts'
import { sendCrmMessages } from '../jobs/send-crm-message.ts'
import { writeCompanyRows } from './import-companies.ts'
import { writeContactRows } from './import-contacts.ts'
import { importerScope, loadRowContext, readImportFile } from './import-context.ts'
import { fileRows } from './import-file.ts'
import { notifyImportDone } from './import-notice.ts'
import { type CompanyRow, type ContactRow, readRow } from './import-rows.ts'
import type { ChunkResult } from './import-writer.ts'
import { getImportOrThrow, type ImportRow, MAX_STORED_PROBLEMS } from './imports.repo.ts'
import { crmImports, type ImportRowProblem } from './imports.tables.ts'

/** Rows per message: one transaction each, well inside a consumer's time. */
export const IMPORT_CHUNK_ROWS = 500
const SCORE_BATCH = 500

type Outcome = { row: ImportRow; touched: string[] } | { skip: true }

async function writeChunk(
  ctx: Ctx,
  tx: PgTx,
  imp: ImportRow,
  offset: number,
  text: string,
): Promise<Outcome> {
  // Locked, and read again: another delivery of this message may have done the chunk meanwhile.
  const row = await getImportOrThrow(tx, imp.tenantId, imp.id, { lock: true })
  if (row.processedRows !== offset || (row.status !== 'queued' && row.status !== 'running'))
    return { skip: true }
  const rowCtx = await loadRowContext(ctx, tx, row.tenantId, row, row.mapping ?? {}, row.branchId)
  const problems: ImportRowProblem[] = []
  const valid: (ContactRow | CompanyRow)[] = []
  const records = fileRows(text, offset, IMPORT_CHUNK_ROWS)
  for (const record of records) {
    const result = readRow(rowCtx, record.row, record)
    if (result.ok) valid.push(result.value)
    else problems.push(...result.problems)
  }
  const w = {
    tenantId: row.tenantId,
    policy: row.duplicatePolicy ?? 'skip',
    tag: row.tag,
    branchId: row.branchId,
    now: ctx.now(),
  }
  const written: ChunkResult =
    row.entity === 'contact'
      ? await writeContactRows(tx, w, valid as ContactRow[])
      : await writeCompanyRows(tx, w, valid as CompanyRow[])
  problems.push(...written.problems)
  const failedRows = new Set(problems.map((p) => p.row)).size
  const processedRows = Math.min(row.totalRows, offset + records.length)
  const done = records.length < IMPORT_CHUNK_ROWS || processedRows >= row.totalRows
  const room = Math.max(0, MAX_STORED_PROBLEMS - row.problems.length)
  const [updated] = await tx
    .update(crmImports)
    .set({
      status: done ? 'done' : 'running',
      processedRows: done ? row.totalRows : processedRows,
      createdCount: sql`${crmImports.createdCount} + ${written.created}`,
      updatedCount: sql`${crmImports.updatedCount} + ${written.updated}`,
      skippedCount: sql`${crmImports.skippedCount} + ${written.skipped}`,
      failedCount: sql`${crmImports.failedCount} + ${failedRows}`,
      problems: sql`${crmImports.problems} || ${JSON.stringify(problems.slice(0, room))}::jsonb`,
      ...(done ? { finishedAt: w.now } : {}),
    })
    .where(and(eq(crmImports.tenantId, row.tenantId), eq(crmImports.id, row.id)))
    .returning()
  return { row: updated!, touched: written.touched }
}

async function failImport(ctx: Ctx, imp: ImportRow, reason: string) {
  const [row] = await withTenant(ctx.pg(), imp.tenantId, (tx) =>
    tx
      .update(crmImports)
      .set({ status: 'failed', error: reason, finishedAt: ctx.now() })
      .where(and(eq(crmImports.tenantId, imp.tenantId), eq(crmImports.id, imp.id)))
      .returning(),
  )
  ctx.log.warn('crm import failed', { tenantId: imp.tenantId, importId: imp.id, reason })
  if (row) await announce(ctx, row)
}

/** Progress to the importer's dashboards; at the end their notice and e-mail too. */
async function announce(ctx: Ctx, row: ImportRow) {
  try {
    await publishTenantEvent(ctx.env, row.tenantId, {
      type: 'crm.import',
      userId: row.userId,
      importId: row.id,
      status: row.status,
      processedRows: row.processedRows,
      totalRows: row.totalRows,
    })
  } catch (error) {
    ctx.log.warn('crm import progress not published', { importId: row.id, error })
  }
  if (row.status === 'done' || row.status === 'failed') await notifyImportDone(ctx, row)
}

async function scoreTouched(ctx: Ctx, tenantId: string, ids: string[]) {
  const messages = []
  for (let i = 0; i < ids.length; i += SCORE_BATCH)
    messages.push({ type: 'crm.score' as const, tenantId, contactIds: ids.slice(i, i + SCORE_BATCH) })
  await sendCrmMessages(ctx, messages)
}

/** Imports rows [offset, offset + 500) of a confirmed import and queues the next chunk. */
export async function runImportChunk(ctx: Ctx, message: CrmMessageOf<'crm.import'>): Promise<void> {
  const { tenantId, importId, offset } = message
  let imp: ImportRow
  try {
    imp = await withTenant(ctx.pg(), tenantId, (tx) => getImportOrThrow(tx, tenantId, importId))
  } catch (error) {
    if (error instanceof ApiError && error.code === 'NOT_FOUND') return
    throw error
  }
  if (imp.status !== 'queued' && imp.status !== 'running') return
  if (offset < imp.processedRows) {
    // This chunk committed before; its successor may not have been queued (the send failed).
    if (offset + IMPORT_CHUNK_ROWS >= imp.processedRows)
      await sendCrmMessages(ctx, [{ ...message, offset: imp.processedRows }])
    return
  }
  if (offset > imp.processedRows)
    throw new Error(`import ${importId} chunk ${offset} arrived before its turn`)
  const scope = await importerScope(ctx, tenantId, imp.userId)
  if (scope === undefined)
    return failImport(ctx, imp, 'The member who started the import has left the organisation')
  let outcome: Outcome
  try {
    const text = await readImportFile(ctx, imp.r2Key)
    outcome = await withTenant(ctx.pg(), tenantId, (tx) => writeChunk(ctx, tx, imp, offset, text), scope)
  } catch (error) {
    // A refusal (the file gone, a custom field archived since the start) will not pass on retry.
    if (error instanceof ApiError) return failImport(ctx, imp, error.message)
    throw error
  }
  if ('skip' in outcome) return
  const { row, touched } = outcome
  if (row.status === 'running')
    await sendCrmMessages(ctx, [{ type: 'crm.import', tenantId, importId, offset: row.processedRows }])
  await scoreTouched(ctx, tenantId, touched)
  await announce(ctx, row)
}
