import type { Actor } from '../../auth/index.ts'
import type { QrBatch } from '../qr.schemas.ts'
import type { QrBatchRow } from './batch.repo.ts'
import { BatchOptions } from './batch.schemas.ts'

export const batchArchiveKey = (tenantId: string, batchId: string) =>
  `tenants/${tenantId}/qr-batches/${batchId}.zip`

export const batchDownloadPath = (batchId: string) =>
  `/api/v1/qr-batches/${encodeURIComponent(batchId)}/download`

/** Whether the ZIP can be fetched now: built, and not yet expired and deleted by the daily cron. */
export const isDownloadable = (row: QrBatchRow, now: Date) =>
  row.status === 'done' && row.archiveKey !== null && (row.expiresAt === null || row.expiresAt > now)

/**
 * A batch holds codes of the branches it names: members limited to some branches see it only
 * when all of them are theirs (a batch with brand-level codes names none, so only unscoped
 * members see it). Another member's batch is indistinguishable from a missing one.
 */
export function canSeeBatch(actor: Actor, row: QrBatchRow): boolean {
  if (actor.branchIds === null) return true
  const options = BatchOptions.safeParse(row.options)
  if (!options.success || options.data.branchIds.length === 0) return false
  const scope = actor.branchIds
  return options.data.branchIds.every((id) => scope.includes(id)) && !hasBrandLevelCodes(options.data)
}

const hasBrandLevelCodes = (options: BatchOptions) =>
  options.items.some((item) => 'create' in item && item.create.branchId === null)

export function toQrBatch(row: QrBatchRow, now: Date): QrBatch {
  return {
    id: row.id,
    brandId: row.brandId,
    source: row.source,
    status: row.status,
    total: row.total,
    done: row.done,
    error: row.error,
    downloadUrl: isDownloadable(row, now) ? batchDownloadPath(row.id) : null,
    archiveBytes: row.archiveBytes,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
  }
}
