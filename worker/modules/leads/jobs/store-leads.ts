import type { Ctx } from '../../../context.ts'
import { recordQrConversion } from '../../qr/index.ts'
import { LeadMessage } from '../leads.schemas.ts'
import { storeLead } from '../leads.service.ts'

/** Exponential backoff for a message's next attempt: 2, 4, 8 … seconds, at most 5 minutes. */
export const retryDelaySeconds = (attempts: number) => Math.min(300, 2 ** Math.max(1, attempts))

/**
 * The `leads` queue consumer. Each message is acknowledged only after its lead is committed
 * in Postgres; a failure retries that message alone, and after max_retries the queue moves it
 * to `leads-dlq`. A message that fails validation can never succeed, so it is retried only to
 * reach the dead-letter queue, where it is kept for inspection rather than dropped.
 */
export async function storeLeads(ctx: Ctx, batch: MessageBatch<unknown>): Promise<void> {
  for (const message of batch.messages) {
    const parsed = LeadMessage.safeParse(message.body)
    if (!parsed.success) {
      ctx.log.error('malformed lead message', { messageId: message.id, issues: parsed.error.issues })
      message.retry({ delaySeconds: retryDelaySeconds(message.attempts) })
      continue
    }
    try {
      const { lead, created } = await storeLead(ctx, parsed.data)
      ctx.log.info(created ? 'lead stored' : 'lead already stored', {
        leadId: lead.id,
        tenantId: parsed.data.tenantId,
      })
      if (parsed.data.qrCode) await countConversion(ctx, parsed.data.qrCode, lead.id, parsed.data)
      message.ack()
    } catch (error) {
      ctx.log.error('lead store failed; will retry', {
        messageId: message.id,
        attempts: message.attempts,
        error,
      })
      message.retry({ delaySeconds: retryDelaySeconds(message.attempts) })
    }
  }
}

/** Scan-to-lead attribution is a statistic: its failure is logged and never costs the lead. */
async function countConversion(ctx: Ctx, code: string, leadId: string, message: LeadMessage) {
  try {
    const at = new Date(message.submittedAt)
    const found = await recordQrConversion(ctx, { tenantId: message.tenantId, code, leadId, at })
    if (!found) ctx.log.info('lead names an unknown QR code', { leadId, tenantId: message.tenantId })
  } catch (error) {
    ctx.log.warn('QR conversion not recorded', { leadId, tenantId: message.tenantId, error })
  }
}
