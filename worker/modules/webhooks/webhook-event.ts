// The events tenants can subscribe to, and the envelope every delivery carries.
import { z } from '@hono/zod-openapi'

export const WEBHOOK_EVENT_TYPES = [
  'lead.created',
  'lead.updated',
  'lead.assigned',
  'lead.sla_breached',
  'contact.merged',
] as const
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number]

export const WebhookEvent = z
  .object({
    // Deterministic per change (e.g. `evt_{touchId}_created`), so a re-emitted event is one delivery.
    id: z.string(),
    type: z.enum(WEBHOOK_EVENT_TYPES),
    tenantId: z.string(),
    occurredAt: z.string(),
    // The lead (the public Lead shape) or, for contact.merged, { contactId, leadId, touch }.
    data: z.record(z.string(), z.unknown()),
    // Only on samples sent with "Send test": the data is made up, nothing happened.
    test: z.literal(true).optional(),
  })
  .openapi('WebhookEvent')
export type WebhookEvent = z.infer<typeof WebhookEvent>
