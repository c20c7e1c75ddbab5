import type { Ctx } from '../../../context.ts'
import { retryDelaySeconds } from '../../leads/jobs/store-leads.ts'
import { EmailMessage } from '../email.messages.ts'
import { sendEmail } from '../email.sender.ts'
import { renderEmail } from '../email.templates.ts'

/**
 * The `email` queue consumer: render, send, acknowledge. Anything that fails is retried with
 * backoff and, after max_retries, parked by the dead-letter consumer: no message is dropped.
 * Addresses are not logged, only the template and the message id.
 */
export async function sendEmails(ctx: Ctx, batch: MessageBatch<unknown>): Promise<void> {
  for (const message of batch.messages) {
    const parsed = EmailMessage.safeParse(message.body)
    if (!parsed.success) {
      ctx.log.error('malformed e-mail message', { messageId: message.id, issues: parsed.error.issues })
      message.retry({ delaySeconds: retryDelaySeconds(message.attempts) })
      continue
    }
    try {
      const providerId = await sendEmail(ctx.config, parsed.data.to, renderEmail(parsed.data), message.id)
      ctx.log.info('e-mail sent', { template: parsed.data.template, messageId: message.id, providerId })
      message.ack()
    } catch (error) {
      ctx.log.warn('e-mail not sent; will retry', {
        template: parsed.data.template,
        messageId: message.id,
        attempts: message.attempts,
        error,
      })
      message.retry({ delaySeconds: retryDelaySeconds(message.attempts) })
    }
  }
}
