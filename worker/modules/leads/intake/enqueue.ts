import type { Ctx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { type LeadQueueMessage, LeadQueueMessage as Schema } from '../lead-message.ts'

/**
 * The one way onto the `leads` queue, for forms and webhooks alike. It returns only after the
 * send succeeded, so an entry point may answer 202 (or 200 to a platform) the moment this
 * resolves; a failed send is a 503, which makes browsers and platforms try again.
 */
export async function enqueueLead(ctx: Ctx, message: LeadQueueMessage): Promise<void> {
  const body = Schema.parse(message)
  try {
    await ctx.env.LEADS_QUEUE.send(body, { contentType: 'json' })
  } catch (error) {
    ctx.log.error('lead enqueue failed', { error, tenantId: body.tenantId, kind: body.kind })
    throw new ApiError('UNAVAILABLE', 'We could not take this lead right now; please try again in a moment')
  }
}
