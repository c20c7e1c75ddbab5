import type { Ctx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { retryDelaySeconds } from '../../leads/jobs/store-leads.ts'
import { failBatch, listExpiredBatchArchives, updateBatch } from './batch.repo.ts'
import { QrBatchMessage } from './batch-message.ts'
import { buildBatch } from './build-batch.ts'

// max_retries = 3 on the exports queue (wrangler.toml): the first delivery and three retries.
const MAX_ATTEMPTS = 4
const ARCHIVES_PER_RUN = 200
const FAILED = 'The batch could not be built; try again'

/**
 * The `exports` queue's batch messages. A refusal the job cannot fix by trying again (an
 * ApiError below 500: a logo that is gone, the plan's limit reached meanwhile) fails the batch
 * at once with its reason; anything else is retried, and the last attempt marks it failed.
 */
export async function buildQrBatches(ctx: Ctx, messages: readonly Message<unknown>[]): Promise<void> {
  for (const message of messages) {
    const parsed = QrBatchMessage.safeParse(message.body)
    if (!parsed.success) {
      ctx.log.error('malformed qr batch message', { messageId: message.id, issues: parsed.error.issues })
      message.retry({ delaySeconds: retryDelaySeconds(message.attempts) })
      continue
    }
    const { batchId, tenantId } = parsed.data
    try {
      await buildBatch(ctx, parsed.data)
      message.ack()
    } catch (error) {
      const final = error instanceof ApiError && error.status < 500
      ctx.log.error('qr batch failed', { batchId, attempts: message.attempts, final, error })
      if (final || message.attempts >= MAX_ATTEMPTS) {
        await failBatch(ctx.d1, tenantId, batchId, final ? error.message : FAILED, ctx.now()).catch(
          () => undefined,
        )
      }
      if (final) message.ack()
      else message.retry({ delaySeconds: retryDelaySeconds(message.attempts) })
    }
  }
}

/** The `exports-dlq` consumer's part: a batch whose message died is failed for the requester. */
export async function failDeadQrBatches(ctx: Ctx, messages: readonly Message<unknown>[]): Promise<void> {
  for (const message of messages) {
    const parsed = QrBatchMessage.safeParse(message.body)
    if (parsed.success) await failBatch(ctx.d1, parsed.data.tenantId, parsed.data.batchId, FAILED, ctx.now())
  }
}

/**
 * Daily: deletes ZIPs past their seven days. The row stays, without its archive key, so the
 * dashboard shows the batch as expired (downloadUrl null, expiresAt in the past).
 */
export async function expireQrBatches(ctx: Ctx): Promise<number> {
  const rows = await listExpiredBatchArchives(ctx.d1, ctx.now(), ARCHIVES_PER_RUN)
  for (const row of rows) {
    if (row.archiveKey) await ctx.env.MEDIA.delete(row.archiveKey)
    await updateBatch(ctx.d1, row.tenantId, row.id, { archiveKey: null })
  }
  return rows.length
}
