import type { TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import type { QrBatch } from '../qr.schemas.ts'
import { findBatch, listBatchRows, type QrBatchRow } from './batch.repo.ts'
import { canSeeBatch, isDownloadable, toQrBatch } from './batch-views.ts'

const LIST_LIMIT = 50

/** The tenant's latest batches the actor may see, newest first. */
export async function listBatches(ctx: TenantCtx): Promise<QrBatch[]> {
  const rows = await listBatchRows(ctx.d1, ctx.tenantId, LIST_LIMIT)
  const now = ctx.now()
  return rows.filter((row) => canSeeBatch(ctx.actor, row)).map((row) => toQrBatch(row, now))
}

export async function getBatchRowOrThrow(ctx: TenantCtx, batchId: string): Promise<QrBatchRow> {
  const row = await findBatch(ctx.d1, ctx.tenantId, batchId)
  if (!row || !canSeeBatch(ctx.actor, row)) throw new ApiError('NOT_FOUND', `QR batch ${batchId} not found`)
  return row
}

export const getBatch = async (ctx: TenantCtx, batchId: string): Promise<QrBatch> =>
  toQrBatch(await getBatchRowOrThrow(ctx, batchId), ctx.now())

export interface BatchDownload {
  body: ReadableStream
  size: number
  filename: string
}

/** The finished ZIP: 409 while it is being built (or failed), 410 once it has expired. */
export async function openBatchDownload(ctx: TenantCtx, batchId: string): Promise<BatchDownload> {
  const row = await getBatchRowOrThrow(ctx, batchId)
  if (row.status !== 'done') {
    throw new ApiError(
      'CONFLICT',
      row.status === 'failed' ? 'This batch failed; nothing to download' : 'This batch is still being built',
    )
  }
  if (!isDownloadable(row, ctx.now()))
    throw new ApiError('GONE', 'This ZIP has expired; generate the batch again')
  const object = await ctx.env.MEDIA.get(row.archiveKey!)
  if (!object) throw new ApiError('GONE', 'This ZIP has expired; generate the batch again')
  return { body: object.body, size: object.size, filename: `qr-codes-${row.id}.zip` }
}
