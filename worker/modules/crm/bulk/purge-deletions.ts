import type { Ctx } from '../../../context.ts'

// PLACEHOLDER (lead's contract; the owning helper replaces this file): Daily: removes for good the records deleted longer ago than the undo window.
export async function purgeCrmDeletions(ctx: Ctx): Promise<number> {
  throw new Error('purgeCrmDeletions is not built yet')
}
