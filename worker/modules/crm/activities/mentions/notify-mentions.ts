import type { Ctx } from '../../../../context.ts'
import type { CrmMessageOf } from '../../jobs/crm-message.ts'

// PLACEHOLDER (lead's contract; the owning helper replaces this file): Tells each mentioned member (dashboard + e-mail).
export async function notifyMentions(ctx: Ctx, message: CrmMessageOf<'crm.mention'>): Promise<void> {
  throw new Error('notifyMentions is not built yet')
}
