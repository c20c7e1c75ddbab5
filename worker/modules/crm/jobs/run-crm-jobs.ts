import type { Ctx } from '../../../context.ts'
import { notifyMentions } from '../activities/mentions/notify-mentions.ts'
import { sendReminder } from '../activities/reminders/send-reminder.ts'
import { runStageAutomations } from '../deals/automations/run-automations.ts'
import { runImportChunk } from '../imports/run-import.ts'
import { scoreContacts } from '../scoring/score-contacts.ts'
import { CrmMessage } from './crm-message.ts'

/** Exponential backoff: 2, 4, 8 … seconds, at most 5 minutes. */
const retryDelaySeconds = (attempts: number) => Math.min(300, 2 ** Math.max(1, attempts))

async function run(ctx: Ctx, body: CrmMessage): Promise<void> {
  switch (body.type) {
    case 'crm.import':
      return runImportChunk(ctx, body)
    case 'crm.reminder':
      return sendReminder(ctx, body)
    case 'crm.mention':
      return notifyMentions(ctx, body)
    case 'crm.score':
      return scoreContacts(ctx, body)
    case 'crm.automation':
      return runStageAutomations(ctx, body)
  }
}

/**
 * The `crm` queue consumer. Each message is acknowledged after its work committed; a failure
 * retries that message alone with backoff, and after max_retries it moves to `crm-dlq`, where
 * it is parked for replay. A malformed message is retried only to reach the dead-letter queue.
 */
export async function runCrmJobs(ctx: Ctx, batch: MessageBatch<unknown>): Promise<void> {
  await Promise.all(
    batch.messages.map(async (message) => {
      const parsed = CrmMessage.safeParse(message.body)
      if (!parsed.success) {
        ctx.log.error('malformed crm message', { messageId: message.id, issues: parsed.error.issues })
        message.retry({ delaySeconds: retryDelaySeconds(message.attempts) })
        return
      }
      try {
        await run(ctx, parsed.data)
        message.ack()
      } catch (error) {
        ctx.log.error('crm job failed; will retry', {
          messageId: message.id,
          type: parsed.data.type,
          tenantId: parsed.data.tenantId,
          attempts: message.attempts,
          error,
        })
        message.retry({ delaySeconds: retryDelaySeconds(message.attempts) })
      }
    }),
  )
}
