import type { WebhookDelivery, WebhookEndpoint, WebhookEventType } from './webhooks-api.ts'

export const EVENT_ORDER: readonly WebhookEventType[] = [
  'lead.created',
  'lead.updated',
  'lead.assigned',
  'lead.sla_breached',
  'contact.merged',
]

export const EVENT_HINTS: Record<WebhookEventType, string> = {
  'lead.created': 'A new lead arrived (spam included, marked as such).',
  'lead.updated': 'Anything about a lead changed: owner, status, a new touch, a missed target.',
  'lead.assigned': 'A lead got an owner.',
  'lead.sla_breached': 'A lead waited past its branch’s first-response target.',
  'contact.merged': 'Someone already in the inbox got in touch again.',
}

export const ENDPOINT_STATUS_LABELS: Record<WebhookEndpoint['status'], string> = {
  active: 'Active',
  disabled: 'Disabled',
}

export const DELIVERY_STATUS_LABELS: Record<WebhookDelivery['status'], string> = {
  pending: 'Pending',
  retrying: 'Retrying',
  succeeded: 'Delivered',
  failed: 'Failed',
}

export const formatTime = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/** How a receiver in Node checks a delivery, shown with the secret (the same code as docs/leads.md). */
export const VERIFY_SNIPPET = `import { createHmac, timingSafeEqual } from 'node:crypto'

// rawBody: the request body as a string, before JSON parsing.
function verify(secret, headers, rawBody) {
  const id = headers['webhook-id']
  const timestamp = headers['webhook-timestamp']
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64')
  const expected = createHmac('sha256', key).update(\`\${id}.\${timestamp}.\${rawBody}\`).digest()
  return (headers['webhook-signature'] ?? '').split(' ').some((entry) => {
    const given = Buffer.from(entry.replace(/^v1,/, ''), 'base64')
    return entry.startsWith('v1,') && given.length === expected.length && timingSafeEqual(given, expected)
  })
}`
