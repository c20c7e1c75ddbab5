import type { Ctx } from '../../../context.ts'
import { retryDelaySeconds } from '../../leads/jobs/store-leads.ts'
import { EmailMessage } from '../email.messages.ts'
import { sendEmail } from '../email.sender.ts'
import { renderEmail } from '../email.templates.ts'
import { sendWhatsappAlert, whatsappConfigured } from '../whatsapp.sender.ts'
import { isWhatsappAlert, WhatsappAlertMessage } from '../whatsapp-alert.ts'

/**
 * The `email` queue consumer: render, send, acknowledge. It also sends WhatsApp alerts, which
 * ride the same queue for the same guarantees. Anything that fails is retried with backoff
 * and, after max_retries, parked by the dead-letter consumer: no message is dropped.
 * Addresses and numbers are not logged, only the template and the message id.
 */
export async function sendEmails(ctx: Ctx, batch: MessageBatch<unknown>): Promise<void> {
  for (const message of batch.messages) {
    const parsed = isWhatsappAlert(message.body)
      ? WhatsappAlertMessage.safeParse(message.body)
      : EmailMessage.safeParse(message.body)
    if (!parsed.success) {
      ctx.log.error('malformed e-mail message', { messageId: message.id, issues: parsed.error.issues })
      message.retry({ delaySeconds: retryDelaySeconds(message.attempts) })
      continue
    }
    const outbound = parsed.data
    const template = 'kind' in outbound ? outbound.kind : outbound.template
    try {
      if ('kind' in outbound) await sendWhatsapp(ctx, outbound, message.id)
      else {
        const key = ('idempotencyKey' in outbound && outbound.idempotencyKey) || message.id
        const providerId = await sendEmail(ctx.config, outbound.to, renderEmail(outbound), key)
        ctx.log.info('e-mail sent', { template, messageId: message.id, providerId })
      }
      message.ack()
    } catch (error) {
      ctx.log.warn('message not sent; will retry', {
        template,
        messageId: message.id,
        attempts: message.attempts,
        error,
      })
      message.retry({ delaySeconds: retryDelaySeconds(message.attempts) })
    }
  }
}

async function sendWhatsapp(ctx: Ctx, alert: WhatsappAlertMessage, messageId: string): Promise<void> {
  if (!whatsappConfigured(ctx.config)) {
    // Nothing could ever send it; retrying would only fill the dead-letter queue.
    ctx.log.info('WhatsApp alerts are not configured; alert skipped', { template: alert.kind, messageId })
    return
  }
  const whatsappId = await sendWhatsappAlert(ctx.config, alert)
  ctx.log.info('WhatsApp alert sent', { template: alert.kind, messageId, whatsappId })
}
