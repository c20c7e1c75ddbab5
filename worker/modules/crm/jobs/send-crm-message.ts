import type { Ctx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { CrmMessage } from './crm-message.ts'

/**
 * The one way onto the `crm` queue. Callers send after their transaction committed; a failed
 * send is a 503 to the person who asked (their change is kept, the follow-up work is not lost
 * silently: they are told to retry).
 */
export async function sendCrmMessages(
  ctx: Pick<Ctx, 'env' | 'log'>,
  messages: CrmMessage[],
  options: { delaySeconds?: number } = {},
): Promise<void> {
  if (messages.length === 0) return
  const bodies = messages.map((message) => CrmMessage.parse(message))
  try {
    // sendBatch takes at most 100 messages.
    for (let i = 0; i < bodies.length; i += 100) {
      await ctx.env.CRM_QUEUE.sendBatch(
        bodies.slice(i, i + 100).map((body) => ({
          body,
          contentType: 'json' as const,
          ...(options.delaySeconds ? { delaySeconds: options.delaySeconds } : {}),
        })),
      )
    }
  } catch (error) {
    ctx.log.error('crm enqueue failed', { error, types: [...new Set(bodies.map((b) => b.type))] })
    throw new ApiError('UNAVAILABLE', 'Saved, but follow-up work could not be queued; please try again')
  }
}
