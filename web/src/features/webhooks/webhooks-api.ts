import type { z } from 'zod'
import type { WebhookEventType } from '../../../../worker/modules/webhooks/webhook-event.ts'
import type {
  CreateWebhookEndpoint,
  UpdateWebhookEndpoint,
  WebhookDelivery,
  WebhookDeliveryDetail,
  WebhookDeliveryList,
  WebhookEndpoint,
  WebhookEndpointList,
  WebhookEndpointWithSecret,
} from '../../../../worker/modules/webhooks/webhooks.schemas.ts'
import { apiRequest } from '../../api/client.ts'

export type {
  WebhookDelivery,
  WebhookDeliveryDetail,
  WebhookEndpoint,
  WebhookEndpointWithSecret,
  WebhookEventType,
}
export type NewWebhookEndpoint = z.input<typeof CreateWebhookEndpoint>
export type WebhookEndpointPatch = z.input<typeof UpdateWebhookEndpoint>

const enc = encodeURIComponent
const base = (endpointId: string) => `/api/v1/webhooks/${enc(endpointId)}`

export const listWebhookEndpoints = (signal?: AbortSignal) =>
  apiRequest<WebhookEndpointList>('/api/v1/webhooks', { signal }).then((r) => r.data)

export const getWebhookEndpoint = (endpointId: string, signal?: AbortSignal) =>
  apiRequest<WebhookEndpoint>(base(endpointId), { signal })

export const createWebhookEndpoint = (body: NewWebhookEndpoint) =>
  apiRequest<WebhookEndpointWithSecret>('/api/v1/webhooks', { method: 'POST', body })

export const updateWebhookEndpoint = (endpointId: string, body: WebhookEndpointPatch) =>
  apiRequest<WebhookEndpoint>(base(endpointId), { method: 'PATCH', body })

export const deleteWebhookEndpoint = (endpointId: string) =>
  apiRequest<void>(base(endpointId), { method: 'DELETE' })

export const enableWebhookEndpoint = (endpointId: string) =>
  apiRequest<WebhookEndpoint>(`${base(endpointId)}/enable`, { method: 'POST', body: {} })

export const rotateWebhookSecret = (endpointId: string) =>
  apiRequest<WebhookEndpointWithSecret>(`${base(endpointId)}/rotate-secret`, { method: 'POST', body: {} })

export const sendWebhookTest = (endpointId: string) =>
  apiRequest<WebhookDelivery>(`${base(endpointId)}/test`, { method: 'POST', body: {} })

export function listWebhookDeliveries(endpointId: string, cursor: string | null, signal?: AbortSignal) {
  const params = new URLSearchParams({ limit: '25', ...(cursor ? { cursor } : {}) })
  return apiRequest<WebhookDeliveryList>(`${base(endpointId)}/deliveries?${params}`, { signal })
}

export const getWebhookDelivery = (endpointId: string, deliveryId: string) =>
  apiRequest<WebhookDeliveryDetail>(`${base(endpointId)}/deliveries/${enc(deliveryId)}`)

export const replayWebhookDelivery = (endpointId: string, deliveryId: string) =>
  apiRequest<WebhookDelivery>(`${base(endpointId)}/deliveries/${enc(deliveryId)}/replay`, {
    method: 'POST',
    body: {},
  })
