import type { Ctx } from '../../../context.ts'
import type { CrmMessageOf } from '../jobs/crm-message.ts'

// PLACEHOLDER (lead's contract; the owning helper replaces this file): Imports one chunk of a confirmed import and queues the next.
export async function runImportChunk(ctx: Ctx, message: CrmMessageOf<'crm.import'>): Promise<void> {
  throw new Error('runImportChunk is not built yet')
}
