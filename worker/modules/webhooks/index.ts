export { emitWebhookEvent } from './emit.ts'
export { deliverWebhooks } from './jobs/deliver-webhooks.ts'
export { webhookRoutes } from './routes/index.ts'
export { WEBHOOK_EVENT_TYPES, WebhookEvent, type WebhookEventType } from './webhook-event.ts'
