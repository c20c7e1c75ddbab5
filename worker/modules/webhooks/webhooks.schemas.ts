// The outbound webhooks API's shapes. The signing secret comes out once: in the answer to the
// create or rotate that made it.
import { z } from '@hono/zod-openapi'
import { WEBHOOK_EVENT_TYPES, WebhookEvent } from './webhook-event.ts'
import { DELIVERY_STATUSES } from './webhooks.tables.ts'

const Url = z
  .string()
  .trim()
  .min(1)
  .max(2048)
  .openapi({ example: 'https://hooks.zapier.com/hooks/catch/123456/abcdef/' })
const Description = z.string().trim().max(200)
const Events = z
  .array(z.enum(WEBHOOK_EVENT_TYPES))
  .min(1, 'Choose at least one event')
  .max(WEBHOOK_EVENT_TYPES.length)
  .refine((events) => new Set(events).size === events.length, 'Name each event once')
  .openapi({ example: ['lead.created', 'lead.assigned'] })

export const CreateWebhookEndpoint = z
  .strictObject({ url: Url, description: Description.default(''), events: Events })
  .openapi('CreateWebhookEndpoint')
export type CreateWebhookEndpoint = z.infer<typeof CreateWebhookEndpoint>

/** Any field. `status: disabled` stops deliveries; `active` re-enables, as POST …/enable does. */
export const UpdateWebhookEndpoint = z
  .strictObject({
    url: Url,
    description: Description,
    events: Events,
    status: z.enum(['active', 'disabled']),
  })
  .partial()
  .openapi('UpdateWebhookEndpoint')
export type UpdateWebhookEndpoint = z.infer<typeof UpdateWebhookEndpoint>

export const WebhookEndpoint = z
  .object({
    id: z.string().openapi({ example: 'whe_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
    url: z.string(),
    description: z.string(),
    events: z.array(z.enum(WEBHOOK_EVENT_TYPES)),
    status: z.enum(['active', 'disabled']),
    consecutiveFailures: z
      .number()
      .int()
      .openapi({ description: 'Deliveries in a row that failed after every retry; a success resets it' }),
    disabledAt: z.string().nullable(),
    disabledReason: z
      .string()
      .nullable()
      .openapi({ example: '5 deliveries in a row failed after every retry' }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('WebhookEndpoint')
export type WebhookEndpoint = z.infer<typeof WebhookEndpoint>

export const WebhookEndpointList = z.object({ data: z.array(WebhookEndpoint) }).openapi('WebhookEndpointList')
export type WebhookEndpointList = z.infer<typeof WebhookEndpointList>

export const WebhookEndpointWithSecret = z
  .object({
    endpoint: WebhookEndpoint,
    secret: z.string().openapi({
      description: 'The signing secret (Standard Webhooks `whsec_…`). Shown once: copy it now.',
      example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    }),
  })
  .openapi('WebhookEndpointWithSecret')
export type WebhookEndpointWithSecret = z.infer<typeof WebhookEndpointWithSecret>

export const WebhookDelivery = z
  .object({
    id: z.string().openapi({ example: 'whd_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
    endpointId: z.string(),
    eventId: z.string().openapi({ description: 'Sent as `webhook-id`; the same on every retry and replay' }),
    eventType: z.enum(WEBHOOK_EVENT_TYPES),
    test: z.boolean().openapi({ description: 'A sample sent with "Send test"' }),
    status: z.enum(DELIVERY_STATUSES),
    attempts: z.number().int(),
    responseStatus: z.number().int().nullable().openapi({ description: 'The receiver’s last HTTP status' }),
    responseExcerpt: z
      .string()
      .nullable()
      .openapi({ description: 'The first 1 KB of the last answer, or why no answer came' }),
    durationMs: z.number().int().nullable(),
    lastAttemptAt: z.string().nullable(),
    nextAttemptAt: z.string().nullable(),
    deliveredAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('WebhookDelivery')
export type WebhookDelivery = z.infer<typeof WebhookDelivery>

export const WebhookDeliveryDetail = WebhookDelivery.extend({ payload: WebhookEvent }).openapi(
  'WebhookDeliveryDetail',
)
export type WebhookDeliveryDetail = z.infer<typeof WebhookDeliveryDetail>

export const WebhookDeliveryList = z
  .object({
    data: z.array(WebhookDelivery),
    nextCursor: z.string().nullable().openapi({ description: 'Pass as `cursor` for the next page' }),
  })
  .openapi('WebhookDeliveryList')
export type WebhookDeliveryList = z.infer<typeof WebhookDeliveryList>

export const ListWebhookDeliveriesQuery = z.object({
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  status: z.enum(DELIVERY_STATUSES).optional(),
})
export type ListWebhookDeliveriesQuery = z.infer<typeof ListWebhookDeliveriesQuery>
