import type { Ctx } from '../../../../context.ts'
import type { CrmMessageOf } from '../../jobs/crm-message.ts'

// PLACEHOLDER (lead's contract; the owning helper replaces this file): Claims the reminder (reminder_sent_at) and tells the assignee (dashboard + e-mail).
export async function sendReminder(ctx: Ctx, message: CrmMessageOf<'crm.reminder'>): Promise<void> {
  throw new Error('sendReminder is not built yet')
}
