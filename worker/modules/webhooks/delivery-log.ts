// An endpoint's delivery log, and the two ways to send again: replay a delivery, or a test ping.
import type { TenantCtx } from '../../context.ts'
import { ApiError } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { assertIdCursor, idPage } from '../../lib/paging.ts'
import { enqueueDeliveries } from './delivery-message.ts'
import { openEndpointSecret } from './endpoint-secret.ts'
import { sampleLeadCreated } from './sample-event.ts'
import { sendWebhook } from './send-webhook.ts'
import { toDelivery, toDeliveryDetail } from './webhook-view.ts'
import * as repo from './webhooks.repo.ts'
import type {
  ListWebhookDeliveriesQuery,
  WebhookDelivery,
  WebhookDeliveryDetail,
  WebhookDeliveryList,
} from './webhooks.schemas.ts'
import { audit, endpointOrThrow } from './webhooks.service.ts'

export async function listDeliveries(
  ctx: TenantCtx,
  endpointId: string,
  query: ListWebhookDeliveriesQuery,
): Promise<WebhookDeliveryList> {
  const endpoint = await endpointOrThrow(ctx, endpointId)
  assertIdCursor('webhookDelivery', query.cursor)
  const rows = await repo.listDeliveryRows(ctx, ctx.tenantId, endpoint.id, {
    ...query,
    limit: query.limit + 1,
  })
  const { page, nextCursor } = idPage(rows, query.limit)
  return { data: page.map(toDelivery), nextCursor }
}

async function deliveryOrThrow(ctx: TenantCtx, endpointId: string, deliveryId: string) {
  const endpoint = await endpointOrThrow(ctx, endpointId)
  const delivery = await repo.getDeliveryRow(ctx, ctx.tenantId, deliveryId)
  if (!delivery || delivery.endpointId !== endpoint.id)
    throw new ApiError('NOT_FOUND', `Webhook delivery ${deliveryId} not found`)
  return { endpoint, delivery }
}

export async function getDelivery(
  ctx: TenantCtx,
  endpointId: string,
  deliveryId: string,
): Promise<WebhookDeliveryDetail> {
  return toDeliveryDetail((await deliveryOrThrow(ctx, endpointId, deliveryId)).delivery)
}

/**
 * Sends a finished delivery again: the same payload under the same event id (receivers that
 * de-duplicate on `webhook-id` see the same event), with a fresh round of retries.
 */
export async function replayDelivery(
  ctx: TenantCtx,
  endpointId: string,
  deliveryId: string,
): Promise<WebhookDelivery> {
  const { endpoint, delivery } = await deliveryOrThrow(ctx, endpointId, deliveryId)
  if (endpoint.status === 'disabled')
    throw new ApiError('CONFLICT', 'This endpoint is disabled: enable it first, then replay')
  const reopened = await repo.reopenDelivery(ctx, ctx.tenantId, delivery.id)
  if (!reopened)
    throw new ApiError('CONFLICT', 'This delivery is still being attempted; wait for it to finish')
  try {
    await enqueueDeliveries(ctx.env, ctx.tenantId, [delivery.id])
  } catch (error) {
    await repo.updateDeliveryRow(ctx, ctx.tenantId, delivery.id, { status: delivery.status })
    ctx.log.error('could not queue a webhook replay', { deliveryId: delivery.id, error })
    throw new ApiError('UNAVAILABLE', 'The delivery could not be queued; try again in a moment')
  }
  await audit(ctx, 'webhook.delivery_replayed', endpoint.id, {
    deliveryId: delivery.id,
    eventId: delivery.eventId,
  })
  const row = await repo.getDeliveryRow(ctx, ctx.tenantId, delivery.id)
  return toDelivery(row ?? delivery)
}

/**
 * Sends a sample lead.created (marked `test: true`) right now, once, and answers with how it
 * went. Works on a disabled endpoint too, so a fixed receiver can be checked before re-enabling;
 * a test never counts towards, or resets, the endpoint's failures.
 */
export async function sendTestDelivery(ctx: TenantCtx, endpointId: string): Promise<WebhookDelivery> {
  const endpoint = await endpointOrThrow(ctx, endpointId)
  const event = sampleLeadCreated(ctx.tenantId, ctx.now())
  const outcome = await sendWebhook(ctx, endpoint, await openEndpointSecret(ctx, endpoint), event)
  const now = ctx.now()
  const id = newId('webhookDelivery')
  await repo.insertDelivery(ctx, {
    id,
    tenantId: ctx.tenantId,
    endpointId: endpoint.id,
    eventId: event.id,
    eventType: event.type,
    payload: event,
    status: outcome.ok ? 'succeeded' : 'failed',
    attempts: 1,
    responseStatus: outcome.status,
    responseExcerpt: outcome.excerpt,
    durationMs: outcome.durationMs,
    lastAttemptAt: now,
    deliveredAt: outcome.ok ? now : null,
  })
  const row = await repo.getDeliveryRow(ctx, ctx.tenantId, id)
  if (!row) throw new Error(`Test delivery ${id} was not stored`)
  return toDelivery(row)
}
