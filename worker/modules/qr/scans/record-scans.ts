import type { Ctx } from '../../../context.ts'
import { retryDelaySeconds } from '../../leads/jobs/store-leads.ts'
import { QrScanEvent } from './scan-event.ts'
import { scanStatements } from './scan-statements.ts'

// Scans written per D1 batch: a few statements each, well inside D1's per-batch limits.
const SCANS_PER_WRITE = 25

interface Pending {
  message: Message<unknown>
  event: QrScanEvent
}

/**
 * The `events` queue consumer for `qr.scan` messages. Each scan is written in one transaction
 * (rollups, visitor hash, raw row) that is a no-op when the scan id is already stored, so a
 * redelivered message counts once. Scans go to D1 in groups; when a group fails, its scans are
 * retried one at a time so one bad message cannot hold the others back. A message that fails
 * validation is retried only to reach the dead-letter queue, where it is kept, not dropped.
 */
export async function recordScans(ctx: Ctx, messages: readonly Message<unknown>[]): Promise<void> {
  const pending: Pending[] = []
  for (const message of messages) {
    const parsed = QrScanEvent.safeParse(message.body)
    if (parsed.success) pending.push({ message, event: parsed.data })
    else {
      ctx.log.error('malformed scan message', { messageId: message.id, issues: parsed.error.issues })
      message.retry({ delaySeconds: retryDelaySeconds(message.attempts) })
    }
  }
  for (let i = 0; i < pending.length; i += SCANS_PER_WRITE) {
    const group = pending.slice(i, i + SCANS_PER_WRITE)
    try {
      await writeScans(ctx, group)
      for (const { message } of group) message.ack()
    } catch (error) {
      ctx.log.warn('scan group failed; writing its scans one by one', { scans: group.length, error })
      for (const one of group) await recordOne(ctx, one)
    }
  }
}

async function recordOne(ctx: Ctx, pending: Pending) {
  try {
    await writeScans(ctx, [pending])
    pending.message.ack()
  } catch (error) {
    ctx.log.error('scan not recorded; will retry', {
      messageId: pending.message.id,
      scanId: pending.event.id,
      attempts: pending.message.attempts,
      error,
    })
    pending.message.retry({ delaySeconds: retryDelaySeconds(pending.message.attempts) })
  }
}

async function writeScans(ctx: Ctx, group: Pending[]) {
  await ctx.env.DB.batch(group.flatMap(({ event }) => scanStatements(ctx.env.DB, event)))
}
