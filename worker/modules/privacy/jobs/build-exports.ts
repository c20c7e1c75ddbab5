import type { Ctx } from '../../../context.ts'
import { retryDelaySeconds } from '../../leads/jobs/store-leads.ts'
import { buildExport } from '../export/build-export.ts'
import { ExportMessage } from '../export/message.ts'
import { failExport } from '../privacy.repo.ts'

// max_retries = 3 in wrangler.toml: the first delivery and three retries.
export const EXPORT_MAX_ATTEMPTS = 4

/**
 * The `exports` queue consumer. A failed build is retried with backoff; on the last attempt
 * the row is marked failed (so the requester sees it at once) and the message still goes on
 * to `exports-dlq`, where it is parked for inspection.
 */
export async function buildExports(ctx: Ctx, batch: MessageBatch<unknown>): Promise<void> {
  for (const message of batch.messages) {
    const parsed = ExportMessage.safeParse(message.body)
    if (!parsed.success) {
      ctx.log.error('malformed export message', { messageId: message.id, issues: parsed.error.issues })
      message.retry({ delaySeconds: retryDelaySeconds(message.attempts) })
      continue
    }
    try {
      await buildExport(ctx, parsed.data.exportId)
      message.ack()
    } catch (error) {
      ctx.log.error('export failed; will retry', {
        exportId: parsed.data.exportId,
        attempts: message.attempts,
        error,
      })
      if (message.attempts >= EXPORT_MAX_ATTEMPTS) {
        await failExport(ctx.d1, parsed.data.exportId, 'The export could not be built', ctx.now()).catch(
          () => undefined,
        )
      }
      message.retry({ delaySeconds: retryDelaySeconds(message.attempts) })
    }
  }
}

/** The `exports-dlq` consumer's first step: whatever reaches it is marked failed for the requester. */
export async function failDeadExports(ctx: Ctx, batch: MessageBatch<unknown>): Promise<void> {
  for (const message of batch.messages) {
    const parsed = ExportMessage.safeParse(message.body)
    if (parsed.success) {
      await failExport(ctx.d1, parsed.data.exportId, 'The export could not be built', ctx.now())
    }
  }
}
