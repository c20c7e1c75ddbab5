import type { Ctx } from '../../../context.ts'
import { publishTenantEvent } from '../../notifications/index.ts'
import { emitWebhookEvent } from '../../webhooks/emit.ts'
import type { WebhookEvent, WebhookEventType } from '../../webhooks/webhook-event.ts'
import type { Lead } from '../leads.schemas.ts'

export type LeadChange = 'created' | 'assigned' | 'status' | 'touch' | 'sla_breached' | 'escalated' | 'edited'

/** The arrival a `touch` merged into the lead, as `contact.merged` receivers see it. */
export interface MergedTouch {
  id: string
  source: Lead['source']
  sourceId: string | null
  formId: string | null
  branchId: string
  utm: Lead['utm']
  receivedAt: string
}

export interface AnnounceOptions {
  /**
   * Names this change for ever, so announcing it again (a retried message, a replayed job)
   * makes no second webhook delivery. The pipeline passes the touch id; without one, the lead's
   * `updatedAt` stands for the change.
   */
  eventKey?: string
  /** With change 'touch': the arrival that was merged, for `contact.merged`. */
  touch?: MergedTouch
}

/** Beside `lead.updated`, the events a change also raises for receivers that want only those. */
const SPECIFIC_EVENT: Partial<Record<LeadChange, WebhookEventType>> = {
  assigned: 'lead.assigned',
  sla_breached: 'lead.sla_breached',
  touch: 'contact.merged',
}

function webhookEvents(tenantId: string, lead: Lead, change: LeadChange, options: AnnounceOptions) {
  const key = options.eventKey ?? `${lead.id}_${Date.parse(lead.updatedAt)}`
  const event = (type: WebhookEventType, data: Record<string, unknown>): WebhookEvent => ({
    id: `evt_${key}_${type.replace('.', '_')}`,
    type,
    tenantId,
    occurredAt: change === 'created' ? lead.createdAt : lead.updatedAt,
    data,
  })
  if (change === 'created') return [event('lead.created', lead)]
  const events = [event('lead.updated', lead)]
  const specific = SPECIFIC_EVENT[change]
  if (specific === 'contact.merged') {
    events.push(event(specific, { contactId: lead.contactId, leadId: lead.id, touch: options.touch ?? null }))
  } else if (specific) events.push(event(specific, lead))
  return events
}

/**
 * Tells everyone who follows the tenant's leads about a change: the live dashboards (through
 * the tenant hub) and the subscribed outbound webhooks. Call it after the change committed; it
 * throws if either hand-off failed, so a queued caller retries (webhook events are de-duplicated
 * by id, dashboards by lead id).
 *
 * @example await announceLead(ctx, lead, 'assigned') // ctx: a TenantCtx, or { ...ctx, tenantId }
 */
export async function announceLead(
  ctx: Ctx & { tenantId: string },
  lead: Lead,
  change: LeadChange,
  options: AnnounceOptions = {},
): Promise<void> {
  await publishTenantEvent(
    ctx.env,
    ctx.tenantId,
    change === 'created' ? { type: 'lead.created', lead } : { type: 'lead.updated', lead, change },
  )
  for (const event of webhookEvents(ctx.tenantId, lead, change, options)) await emitWebhookEvent(ctx, event)
}
