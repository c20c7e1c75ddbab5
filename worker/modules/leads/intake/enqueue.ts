import type { Ctx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { type LeadQueueMessage, LeadQueueMessage as Schema } from '../lead-message.ts'

export const MAX_DELAY_SECONDS = 43_200

/**
 * The one way onto the `leads` queue, for forms and webhooks alike. It returns only after the
 * send succeeded, so an entry point may answer 202 (or 200 to a platform) the moment this
 * resolves; a failed send is a 503, which makes browsers and platforms try again.
 */
export async function enqueueLead(
  ctx: Ctx,
  message: LeadQueueMessage,
  options: { delaySeconds?: number } = {},
): Promise<void> {
  const body = Schema.parse(message)
  // Queues hold a message back at most 12 hours; later checks re-queue themselves when seen early.
  const delaySeconds = Math.min(MAX_DELAY_SECONDS, Math.max(0, Math.ceil(options.delaySeconds ?? 0)))
  try {
    await ctx.env.LEADS_QUEUE.send(body, { contentType: 'json', ...(delaySeconds > 0 && { delaySeconds }) })
  } catch (error) {
    ctx.log.error('lead enqueue failed', { error, tenantId: body.tenantId, kind: body.kind })
    throw new ApiError('UNAVAILABLE', 'We could not take this lead right now; please try again in a moment')
  }
}
