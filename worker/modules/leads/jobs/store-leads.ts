import type { Ctx } from '../../../context.ts'
import { fetchPlatformLead } from '../../lead-sources/fetch-lead.ts'
import { LeadQueueMessage } from '../lead-message.ts'
import { processLead } from '../pipeline/process-lead.ts'
import { checkLeadSla } from '../sla/sla-clock.ts'

/** Exponential backoff for a message's next attempt: 2, 4, 8 … seconds, at most 5 minutes. */
export const retryDelaySeconds = (attempts: number) => Math.min(300, 2 ** Math.max(1, attempts))

async function handle(ctx: Ctx, message: Message<unknown>): Promise<void> {
  const parsed = LeadQueueMessage.safeParse(message.body)
  if (!parsed.success) {
    ctx.log.error('malformed lead message', { messageId: message.id, issues: parsed.error.issues })
    message.retry({ delaySeconds: retryDelaySeconds(message.attempts) })
    return
  }
  const body = parsed.data
  try {
    if (body.kind === 'lead.sla') {
      await checkLeadSla(ctx, body)
    } else {
      const lead = body.kind === 'lead.fetch' ? await fetchPlatformLead(ctx, body) : body
      const { lead: stored, outcome } = await processLead(ctx, lead)
      ctx.log.info(`lead ${outcome}`, { leadId: stored.id, tenantId: body.tenantId, source: lead.source })
    }
    message.ack()
  } catch (error) {
    ctx.log.error('lead message failed; will retry', {
      messageId: message.id,
      kind: body.kind,
      tenantId: body.tenantId,
      attempts: message.attempts,
      error,
    })
    message.retry({ delaySeconds: retryDelaySeconds(message.attempts) })
  }
}

/**
 * The `leads` queue consumer: new leads (`lead.submitted`), leads whose fields are fetched from
 * their platform first (`lead.fetch`) and SLA checks (`lead.sla`). Each message is acknowledged
 * only after its work committed; a failure retries that message alone with backoff, and after
 * max_retries the queue moves it to `leads-dlq`. A message that fails validation can never
 * succeed, so it is retried only to reach the dead-letter queue, where it is kept, not dropped.
 * Messages of a batch run side by side: two arrivals of one person meet at the contact's row
 * lock, not in this loop.
 */
export async function storeLeads(ctx: Ctx, batch: MessageBatch<unknown>): Promise<void> {
  await Promise.all(batch.messages.map((message) => handle(ctx, message)))
}
