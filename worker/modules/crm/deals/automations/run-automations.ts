import type { Ctx } from '../../../../context.ts'
import type { CrmMessageOf } from '../../jobs/crm-message.ts'

// PLACEHOLDER (lead's contract; the owning helper replaces this file): Runs the entered stage's automations once per stage change.
export async function runStageAutomations(ctx: Ctx, message: CrmMessageOf<'crm.automation'>): Promise<void> {
  throw new Error('runStageAutomations is not built yet')
}
