import { z } from 'zod'
import type { Ctx } from '../../../context.ts'

/** The `exports` queue message: only the id; the row in D1 holds the rest. */
export const ExportMessage = z.object({
  kind: z.literal('export.requested'),
  exportId: z.string(),
  // Lets a dead letter be traced to its organisation; null for a person's own export.
  tenantId: z.string().nullable(),
})
export type ExportMessage = z.infer<typeof ExportMessage>

export async function enqueueExport(ctx: Ctx, message: ExportMessage): Promise<void> {
  await ctx.env.EXPORTS_QUEUE.send(ExportMessage.parse(message), { contentType: 'json' })
}
