import { sql } from 'drizzle-orm'
import type { Ctx } from '../../../../context.ts'
import type { CrmMessage } from '../../jobs/crm-message.ts'
import { sendCrmMessages } from '../../jobs/send-crm-message.ts'

/** Reminders picked up per minute; a backlog drains over the next runs, oldest first. */
const PER_RUN = 500

/**
 * Cron (every minute): finds reminders that fell due and were not sent, across tenants (the
 * SECURITY DEFINER lookup returns ids only), and queues one `crm.reminder` each. A reminder
 * queued twice (the consumer was slow) is still sent once: sendReminder claims it.
 */
export async function queueDueReminders(ctx: Ctx): Promise<number> {
  const due = await ctx
    .pg()
    .execute<{ tenant_id: string; activity_id: string }>(
      sql`select tenant_id, activity_id from crm_due_reminders(${ctx.now().toISOString()}::timestamptz, ${PER_RUN})`,
    )
  const messages: CrmMessage[] = due.rows.map((r) => ({
    type: 'crm.reminder',
    tenantId: r.tenant_id,
    activityId: r.activity_id,
  }))
  await sendCrmMessages(ctx, messages)
  if (messages.length > 0) ctx.log.info('crm reminders queued', { count: messages.length })
  return messages.length
}
