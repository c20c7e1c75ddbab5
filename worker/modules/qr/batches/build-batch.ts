import type { Ctx } from '../../../context.ts'
import { forTenant } from '../../../context.ts'
import { csvRow } from '../../../lib/csv.ts'
import { ApiError } from '../../../lib/errors.ts'
import { openZipUpload, type ZipUpload } from '../../../lib/r2-zip-upload.ts'
import type { QrScene } from '../design/layout.ts'
import { branchNamesOf, listCodeRows, type QrCodeRow } from '../qr.repo.ts'
import { printSheetPdf, tableTentsPdf } from '../render/pdf/index.ts'
import { type LogoCache, renderCodeFile, sceneForCode } from '../render/render-code.ts'
import { shortUrl } from '../short-url.ts'
import { findBatch, isTenantActive, type QrBatchRow, updateBatch } from './batch.repo.ts'
import { BatchOptions } from './batch.schemas.ts'
import type { QrBatchMessage } from './batch-message.ts'
import { batchArchiveKey } from './batch-views.ts'
import { ensureBatchCodes } from './new-codes.ts'

export const ARCHIVE_TTL_MS = 7 * 24 * 60 * 60 * 1000
const PNG_WIDTH = 1024
const PNG_DPI = 300
// About twenty progress writes per batch, however large: enough for a smooth bar.
const PROGRESS_STEPS = 20

/**
 * Builds one batch: creates the codes it still lacks, renders every code in every format into
 * a ZIP streamed to R2 (reporting progress), adds the sheets and codes.csv, then marks it
 * done. Safe to run again: a finished or failed batch is left alone, anything else starts the
 * ZIP over (codes already made are reused).
 */
export async function buildBatch(ctx: Ctx, message: QrBatchMessage): Promise<void> {
  const row = await findBatch(ctx.d1, message.tenantId, message.batchId)
  if (!row || row.status === 'done' || row.status === 'failed') return
  const parsed = BatchOptions.safeParse(row.options)
  if (!parsed.success) throw new ApiError('BAD_REQUEST', 'This batch was saved in a form the job cannot read')
  const options = parsed.data
  if (!(await isTenantActive(ctx.d1, row.tenantId)))
    throw new ApiError('GONE', 'This organisation is no longer active')
  await updateBatch(ctx.d1, row.tenantId, row.id, { status: 'running', done: 0, error: null })

  const codeIds = await ensureBatchCodes(forTenant(ctx, options.requestedBy), row, options)
  const codes = await listCodeRows(ctx.d1, row.tenantId, codeIds)
  if (codes.length !== codeIds.length) {
    throw new ApiError(
      'CONFLICT',
      'A code of this batch was archived before it was printed; start the batch again',
    )
  }
  const key = batchArchiveKey(row.tenantId, row.id)
  const zip = openZipUpload(ctx.env.MEDIA, key)
  let bytes: number
  try {
    await writeArchive(ctx, row, options, codes, zip)
    bytes = await zip.finish()
  } catch (error) {
    await zip.abort()
    throw error
  }
  const now = ctx.now()
  await updateBatch(ctx.d1, row.tenantId, row.id, {
    status: 'done',
    done: row.total,
    archiveKey: key,
    archiveBytes: bytes,
    error: null,
    finishedAt: now,
    expiresAt: new Date(now.getTime() + ARCHIVE_TTL_MS),
  })
  ctx.log.info('qr batch done', { batchId: row.id, codes: codes.length, bytes })
}

async function writeArchive(
  ctx: Ctx,
  row: QrBatchRow,
  options: BatchOptions,
  codes: QrCodeRow[],
  zip: ZipUpload,
) {
  const logos: LogoCache = new Map()
  const step = Math.max(1, Math.ceil(codes.length / PROGRESS_STEPS))
  for (const [index, code] of codes.entries()) {
    for (const format of options.formats) {
      const file = await renderCodeFile(ctx, code, { format, size: PNG_WIDTH, dpi: PNG_DPI, logos })
      // PNG and PDF are compressed already; deflating them again only costs CPU.
      await zip.add(`${format}/${file.filename}`, file.body, { store: format !== 'svg' })
    }
    const done = index + 1
    if (done % step === 0 && done < codes.length) await updateBatch(ctx.d1, row.tenantId, row.id, { done })
  }
  const branchNames = await branchNamesOf(
    ctx.d1,
    row.tenantId,
    codes.flatMap((c) => (c.branchId ? [c.branchId] : [])),
  )
  if (options.sheet || options.tents) {
    const scenes = await Promise.all(codes.map((code) => sceneForCode(ctx, code, logos)))
    await addSheets(zip, options, codes, scenes, branchNames)
  }
  await zip.add('codes.csv', codesCsv(ctx.config.PUBLIC_ORIGIN, codes, branchNames))
}

async function addSheets(
  zip: ZipUpload,
  options: BatchOptions,
  codes: QrCodeRow[],
  scenes: QrScene[],
  branchNames: Map<string, string>,
) {
  const sublabel = (code: QrCodeRow) =>
    [code.branchId ? branchNames.get(code.branchId) : null, code.placement].filter(Boolean).join(' · ')
  if (options.sheet) {
    const items = codes.map((code, i) => ({ scene: scenes[i]!, label: code.label, sublabel: sublabel(code) }))
    await zip.add('print-sheet.pdf', await printSheetPdf(items, options.sheet), { store: true })
  }
  if (options.tents) {
    const paper = options.sheet?.paper ?? 'a4'
    const items = codes.map((code, i) => ({ scene: scenes[i]!, label: code.label }))
    await zip.add('table-tents.pdf', await tableTentsPdf(items, { paper }), { store: true })
  }
}

/** label, placement, branch, short URL: one line per code, for mail merges and spreadsheets. */
function codesCsv(origin: string, codes: QrCodeRow[], branchNames: Map<string, string>): string {
  const lines = [csvRow(['label', 'placement', 'branch', 'short_url'])]
  for (const code of codes) {
    lines.push(
      csvRow([
        code.label,
        code.placement,
        code.branchId ? (branchNames.get(code.branchId) ?? null) : null,
        code.kind === 'dynamic' ? shortUrl(origin, code.code) : null,
      ]),
    )
  }
  return lines.join('')
}
