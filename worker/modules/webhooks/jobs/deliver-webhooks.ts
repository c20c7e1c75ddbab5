import type { Ctx } from '../../../context.ts'
import { WebhookDeliveryMessage } from '../delivery-message.ts'
import { recordFinalFailure, recordRetry, recordSuccess } from '../delivery-outcome.ts'
import { openEndpointSecret } from '../endpoint-secret.ts'
import { sendWebhook } from '../send-webhook.ts'
import { eventOf } from '../webhook-view.ts'
import * as repo from '../webhooks.repo.ts'

/** Attempts per delivery: the first and wrangler.toml's `max_retries = 10` for the `webhooks` queue. */
export const MAX_ATTEMPTS = 11
export const MAX_DELAY_SECONDS = 6 * 3600
const SCHEDULE = [30, 120, 600, 3600]

/**
 * How long to wait after the `attempt`-th failed attempt: 30 s, 2 min, 10 min, 1 h, then 6 h
 * each time (the queue allows 12 h at most). Eleven attempts span about 37 hours.
 */
export const retryDelaySeconds = (attempt: number) =>
  Math.min(MAX_DELAY_SECONDS, SCHEDULE[Math.max(1, attempt) - 1] ?? MAX_DELAY_SECONDS)

async function deliver(ctx: Ctx, body: WebhookDeliveryMessage, message: Message<unknown>): Promise<void> {
  const delivery = await repo.getDeliveryRow(ctx, body.tenantId, body.deliveryId)
  // Deleted with its endpoint, or already settled by an earlier copy of this message.
  if (!delivery || delivery.status === 'succeeded' || delivery.status === 'failed') return message.ack()
  const endpoint = await repo.getEndpointRow(ctx, delivery.tenantId, delivery.endpointId)
  if (!endpoint) return message.ack()
  const event = eventOf(delivery)
  if (endpoint.status === 'disabled' || !event) {
    // Not the receiver's doing, so it does not count against the endpoint.
    await repo.updateDeliveryRow(ctx, delivery.tenantId, delivery.id, {
      status: 'failed',
      nextAttemptAt: null,
      responseExcerpt: event
        ? 'Not sent: the endpoint is disabled'
        : 'Not sent: the stored event is unreadable',
    })
    return message.ack()
  }
  const counts = event.test !== true
  const outcome = await sendWebhook(ctx, endpoint, await openEndpointSecret(ctx, endpoint), event)
  const fields = {
    tenantId: delivery.tenantId,
    deliveryId: delivery.id,
    endpointId: endpoint.id,
    eventType: event.type,
  }
  if (outcome.ok) {
    await recordSuccess(ctx, delivery, outcome, counts)
    ctx.log.info('webhook delivered', { ...fields, status: outcome.status, attempts: message.attempts })
    return message.ack()
  }
  if (outcome.retryable && message.attempts < MAX_ATTEMPTS) {
    const delaySeconds = retryDelaySeconds(message.attempts)
    await recordRetry(ctx, delivery, outcome, delaySeconds)
    ctx.log.info('webhook attempt failed; will retry', {
      ...fields,
      status: outcome.status,
      attempts: message.attempts,
      delaySeconds,
    })
    return message.retry({ delaySeconds })
  }
  await recordFinalFailure(ctx, endpoint, delivery, outcome, counts)
  ctx.log.warn('webhook delivery failed for good', {
    ...fields,
    status: outcome.status,
    attempts: message.attempts,
  })
  message.ack()
}

/** Drizzle writes a failed query's parameters into its message; here they may hold a lead's details. */
function loggable(error: unknown) {
  if (!(error instanceof Error)) return { message: String(error) }
  const cause = error.cause instanceof Error ? error.cause.message : undefined
  return {
    name: error.name,
    message: error.message.replace(/\nparams:[\s\S]*$/, '\nparams: [left out]'),
    cause,
  }
}

async function handle(ctx: Ctx, message: Message<unknown>): Promise<void> {
  const parsed = WebhookDeliveryMessage.safeParse(message.body)
  if (!parsed.success) {
    // It can never succeed: retried only to reach webhooks-dlq, where it is kept.
    ctx.log.error('malformed webhook message', { messageId: message.id, issues: parsed.error.issues })
    return message.retry({ delaySeconds: retryDelaySeconds(message.attempts) })
  }
  try {
    await deliver(ctx, parsed.data, message)
  } catch (error) {
    // Our side failed (D1, the e-mail queue): try again; after max_retries it is parked in the DLQ.
    ctx.log.error('webhook message failed; will retry', {
      messageId: message.id,
      tenantId: parsed.data.tenantId,
      deliveryId: parsed.data.deliveryId,
      attempts: message.attempts,
      error: loggable(error),
    })
    message.retry({ delaySeconds: retryDelaySeconds(message.attempts) })
  }
}

/**
 * The `webhooks` queue consumer: one delivery per message, POSTed signed to its endpoint. A 2xx
 * settles it; anything else is recorded and retried with backoff until the last attempt, which
 * marks it failed and may turn the endpoint off (auto-disable.ts). Messages run side by side.
 */
export async function deliverWebhooks(ctx: Ctx, batch: MessageBatch<unknown>): Promise<void> {
  await Promise.all(batch.messages.map((message) => handle(ctx, message)))
}
