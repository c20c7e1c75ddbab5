import type { Ctx } from '../../../context.ts'
import type { CrmMessageOf } from '../jobs/crm-message.ts'

// PLACEHOLDER (lead's contract; the owning helper replaces this file): Recomputes scores and reasons for the given (or all) contacts.
export async function scoreContacts(ctx: Ctx, message: CrmMessageOf<'crm.score'>): Promise<void> {
  throw new Error('scoreContacts is not built yet')
}
