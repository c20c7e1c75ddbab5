/**
 * Queue names carry an environment prefix in staging and production (`staging-leads`), so
 * dispatch goes by what the name ends with.
 */
export const QUEUE_KINDS = [
  'leads-dlq',
  'email-dlq',
  'events-dlq',
  'exports-dlq',
  'webhooks-dlq',
  'crm-dlq',
  'leads',
  'email',
  'events',
  'exports',
  'webhooks',
  'crm',
] as const
export type QueueKind = (typeof QUEUE_KINDS)[number]

export function queueKindOf(queueName: string): QueueKind | null {
  return QUEUE_KINDS.find((kind) => queueName === kind || queueName.endsWith(`-${kind}`)) ?? null
}
