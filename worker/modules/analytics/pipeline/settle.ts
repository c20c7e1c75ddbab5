/**
 * Several consumers reading the same messages (a QR scan feeds QR's own rollups and
 * analytics). Each gets stand-ins for the messages and acks or retries them as if alone; the
 * real message is acked only when nobody asked for a retry and someone took it, and otherwise
 * retried with the longest delay asked for. Both consumers are idempotent by message id, so
 * the one that had already succeeded is a no-op on the redelivery.
 */
import type { Ctx } from '../../../context.ts'

export type Consumer = (messages: readonly Message<unknown>[]) => Promise<void>

interface Verdict {
  acked: boolean
  retry: boolean
  delaySeconds: number | undefined
}

function standIn(message: Message<unknown>, verdict: Verdict): Message<unknown> {
  let settled = false
  return {
    id: message.id,
    timestamp: message.timestamp,
    body: message.body,
    attempts: message.attempts,
    ack() {
      if (settled) return
      settled = true
      verdict.acked = true
    },
    retry(options) {
      if (settled) return
      settled = true
      verdict.retry = true
      verdict.delaySeconds = Math.max(verdict.delaySeconds ?? 0, options?.delaySeconds ?? 0) || undefined
    },
  }
}

export async function settleTogether(
  ctx: Ctx,
  messages: readonly Message<unknown>[],
  consumers: readonly Consumer[],
): Promise<void> {
  const verdicts = messages.map((): Verdict => ({ acked: false, retry: false, delaySeconds: undefined }))
  for (const consume of consumers) {
    const standIns = messages.map((message, i) => standIn(message, verdicts[i]!))
    try {
      await consume(standIns)
    } catch (error) {
      // Whatever the failed consumer left unsettled comes back; the one before it is idempotent.
      ctx.log.error('events consumer failed; retrying what it left', { error })
      for (const message of standIns) message.retry({ delaySeconds: 60 })
    }
  }
  messages.forEach((message, i) => {
    const verdict = verdicts[i]!
    if (verdict.retry)
      message.retry(verdict.delaySeconds ? { delaySeconds: verdict.delaySeconds } : undefined)
    else if (verdict.acked) message.ack()
    // Nobody took it: retried into the dead-letter queue rather than lost.
    else message.retry({ delaySeconds: 60 })
  })
}
