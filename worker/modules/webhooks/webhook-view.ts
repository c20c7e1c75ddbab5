// Rows → the API's shapes. The sealed secret never leaves this module.
import { WebhookEvent } from './webhook-event.ts'
import type { DeliveryRow, EndpointRow } from './webhooks.repo.ts'
import type { WebhookDelivery, WebhookDeliveryDetail, WebhookEndpoint } from './webhooks.schemas.ts'

const iso = (date: Date | null) => date?.toISOString() ?? null

export const toEndpoint = (row: EndpointRow): WebhookEndpoint => ({
  id: row.id,
  url: row.url,
  description: row.description,
  events: row.events,
  status: row.status,
  consecutiveFailures: row.consecutiveFailures,
  disabledAt: iso(row.disabledAt),
  disabledReason: row.disabledReason,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
})

/** The stored event; null only if a row was written by hand outside this module. */
export const eventOf = (row: DeliveryRow): WebhookEvent | null => {
  const parsed = WebhookEvent.safeParse(row.payload)
  return parsed.success ? parsed.data : null
}

export const toDelivery = (row: DeliveryRow): WebhookDelivery => ({
  id: row.id,
  endpointId: row.endpointId,
  eventId: row.eventId,
  eventType: row.eventType,
  test: eventOf(row)?.test === true,
  status: row.status,
  attempts: row.attempts,
  responseStatus: row.responseStatus,
  responseExcerpt: row.responseExcerpt,
  durationMs: row.durationMs,
  lastAttemptAt: iso(row.lastAttemptAt),
  nextAttemptAt: iso(row.nextAttemptAt),
  deliveredAt: iso(row.deliveredAt),
  createdAt: row.createdAt.toISOString(),
})

export function toDeliveryDetail(row: DeliveryRow): WebhookDeliveryDetail {
  const payload = eventOf(row)
  if (!payload) throw new Error(`Webhook delivery ${row.id} holds no readable event`)
  return { ...toDelivery(row), payload }
}
