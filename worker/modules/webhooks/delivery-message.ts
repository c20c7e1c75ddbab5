// What goes on the `webhooks` queue: one delivery to attempt. The payload stays in D1, so a
// message is small and a replay sends exactly what was recorded.
import { z } from 'zod'

export const WebhookDeliveryMessage = z.object({
  kind: z.literal('webhook.deliver'),
  tenantId: z.string().min(1),
  deliveryId: z.string().min(1),
})
export type WebhookDeliveryMessage = z.infer<typeof WebhookDeliveryMessage>

/** Queues deliveries in one send; throws when the queue refused them, so the caller can retry. */
export async function enqueueDeliveries(
  env: { WEBHOOKS_QUEUE: Queue },
  tenantId: string,
  deliveryIds: readonly string[],
): Promise<void> {
  if (deliveryIds.length === 0) return
  await env.WEBHOOKS_QUEUE.sendBatch(
    deliveryIds.map((deliveryId) => ({
      body: { kind: 'webhook.deliver', tenantId, deliveryId } satisfies WebhookDeliveryMessage,
      contentType: 'json' as const,
    })),
  )
}
