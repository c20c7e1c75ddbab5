import type { Ctx } from '../../../../context.ts'

// PLACEHOLDER (lead's contract; the owning helper replaces this file): Cron (every minute): finds due reminders across tenants (crm_due_reminders) and queues one crm.reminder each.
export async function queueDueReminders(ctx: Ctx): Promise<number> {
  throw new Error('queueDueReminders is not built yet')
}
