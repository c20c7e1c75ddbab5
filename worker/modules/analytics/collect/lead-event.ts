// A lead as analytics counts it: one event per stored touch, sent by the lead pipeline inside
// its retried section, with the touch id as event id so a retry is counted once.
import type { Ctx } from '../../../context.ts'
import { AnalyticsEvent } from '../events/analytics-event.ts'
import { clip, qrCodeOf } from './visit-facts.ts'

/** What the lead pipeline knows of an arrival (a LeadMessage, cleaned). */
export interface LeadArrival {
  tenantId: string
  brandId: string
  branchId: string
  siteId: string | null
  submittedAt: string
  utm?: Partial<Record<'source' | 'medium' | 'campaign' | 'term' | 'content', string>> | null
  qrCode?: string | null
  language?: string | null
  /** The form post's daily visitor hash; null under Do-Not-Track/GPC and for ad platforms. */
  visitor?: string | null
}

export function leadEvent(lead: LeadArrival, touch: { touchId: string; leadId: string }): AnalyticsEvent {
  const utm = lead.utm ?? {}
  return AnalyticsEvent.parse({
    type: 'analytics',
    id: touch.touchId,
    kind: 'lead',
    action: null,
    target: null,
    tenantId: lead.tenantId,
    brandId: lead.brandId,
    branchId: lead.branchId,
    siteId: lead.siteId,
    path: null,
    at: Date.parse(lead.submittedAt),
    referrerHost: null,
    utm: {
      source: clip(utm.source, 200),
      medium: clip(utm.medium, 200),
      campaign: clip(utm.campaign, 200),
      term: clip(utm.term, 200),
      content: clip(utm.content, 200),
    },
    // Where the lead was sent from is not the visitor's device: the pipeline never saw a request.
    country: null,
    region: null,
    city: null,
    deviceType: 'other',
    os: null,
    browser: null,
    language: clip(lead.language, 12),
    visitor: clip(lead.visitor, 64),
    excluded: null,
    qrCode: qrCodeOf(lead.qrCode),
    leadId: touch.leadId,
    unverified: false,
  } satisfies AnalyticsEvent)
}

/** Throws when the queue does: the caller's retry sends it again (the consumer dedupes by id). */
export async function sendLeadEvent(ctx: Ctx, lead: LeadArrival, touch: { touchId: string; leadId: string }) {
  await ctx.env.EVENTS_QUEUE.send(leadEvent(lead, touch), { contentType: 'json' })
}
