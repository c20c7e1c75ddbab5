import { and, eq, inArray } from 'drizzle-orm'
import type { Ctx } from '../../context.ts'
import { newId } from '../../lib/ids.ts'
import { enqueueDeliveries } from './delivery-message.ts'
import type { WebhookEvent } from './webhook-event.ts'
import { webhookDeliveries, webhookEndpoints } from './webhooks.tables.ts'

export type { WebhookDeliveryMessage } from './delivery-message.ts'

/**
 * Records one delivery per active endpoint subscribed to the event and queues each. The
 * (endpoint, event id) pair is unique, so emitting the same event again (a retried lead
 * message) queues nothing new; deliveries already recorded but not yet queued are queued again.
 */
export async function emitWebhookEvent(ctx: Ctx, event: WebhookEvent): Promise<void> {
  const endpoints = await ctx.d1
    .select({ id: webhookEndpoints.id, events: webhookEndpoints.events })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.tenantId, event.tenantId), eq(webhookEndpoints.status, 'active')))
  const subscribed = endpoints.filter((endpoint) => endpoint.events.includes(event.type))
  if (subscribed.length === 0) return
  await ctx.d1
    .insert(webhookDeliveries)
    .values(
      subscribed.map((endpoint) => ({
        id: newId('webhookDelivery'),
        tenantId: event.tenantId,
        endpointId: endpoint.id,
        eventId: event.id,
        eventType: event.type,
        payload: event,
      })),
    )
    .onConflictDoNothing({ target: [webhookDeliveries.endpointId, webhookDeliveries.eventId] })
  const pending = await ctx.d1
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.eventId, event.id),
        eq(webhookDeliveries.status, 'pending'),
        eq(webhookDeliveries.attempts, 0),
        inArray(
          webhookDeliveries.endpointId,
          subscribed.map((endpoint) => endpoint.id),
        ),
      ),
    )
  await enqueueDeliveries(
    ctx.env,
    event.tenantId,
    pending.map((delivery) => delivery.id),
  )
}
