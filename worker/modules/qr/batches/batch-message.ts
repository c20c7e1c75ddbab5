import { z } from 'zod'
import type { Ctx } from '../../../context.ts'

/** The `exports` queue message for a bulk batch: only ids; the row in D1 holds the rest. */
export const QrBatchMessage = z.object({
  kind: z.literal('qr.batch'),
  batchId: z.string(),
  tenantId: z.string(),
})
export type QrBatchMessage = z.infer<typeof QrBatchMessage>

/** Whether an `exports` queue body is a batch's (the queue also carries privacy exports). */
export const isQrBatchMessage = (body: unknown): boolean =>
  typeof body === 'object' && body !== null && (body as { kind?: unknown }).kind === 'qr.batch'

export async function enqueueQrBatch(ctx: Ctx, message: QrBatchMessage): Promise<void> {
  await ctx.env.EXPORTS_QUEUE.send(QrBatchMessage.parse(message), { contentType: 'json' })
}
