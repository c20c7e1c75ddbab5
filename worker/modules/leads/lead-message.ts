// What travels on the `leads` queue, whatever the source. Everything the consumer needs travels
// with the message, so a lead in the queue survives any outage of D1 lookups, Graph API calls
// aside (those are `lead.fetch` messages: the platform holds the fields, we hold its lead id).
import { z } from 'zod'
import { LEAD_SOURCES } from './leads.tables.ts'

export const LeadUtm = z.object({
  source: z.string().max(200).optional(),
  medium: z.string().max(200).optional(),
  campaign: z.string().max(200).optional(),
  term: z.string().max(200).optional(),
  content: z.string().max(200).optional(),
})
export type LeadUtm = z.infer<typeof LeadUtm>

/** A consent the visitor gave, with the exact wording they saw and when. */
export const ConsentRecord = z.object({
  text: z.string().max(2000),
  // sha-256 of the wording, first 12 hex digits: the same words always have the same version.
  version: z.string().max(64),
  at: z.string(),
})
export const LeadConsent = z.object({
  // The required consent to be contacted about this enquiry (processing), if the form asked.
  contact: ConsentRecord.nullish(),
  // Opt-in to marketing; absent or null means the visitor did not opt in.
  marketing: ConsentRecord.nullish(),
})
export type LeadConsent = z.infer<typeof LeadConsent>

export const SPAM_REASONS = [
  'honeypot',
  'captcha_missing',
  'captcha_failed',
  'disposable_email',
  'junk_name',
  'links_in_message',
  'repeated_characters',
  'too_fast',
] as const
export const LeadSpam = z.object({
  // 0–100; at SPAM_THRESHOLD or above the lead is marked spam.
  score: z.number().int().min(0).max(100),
  reasons: z.array(z.enum(SPAM_REASONS)),
})
export type LeadSpam = z.infer<typeof LeadSpam>
export const SPAM_THRESHOLD = 50

export const LeadMessage = z.object({
  kind: z.literal('lead.submitted'),
  leadId: z.string(),
  tenantId: z.string(),
  brandId: z.string(),
  branchId: z.string(),
  // The microsite it came from; null for ad platforms and webhooks.
  siteId: z.string().nullable(),
  idempotencyKey: z.string(),
  submittedAt: z.string(),
  source: z.enum(LEAD_SOURCES),
  sourceId: z.string().nullish(),
  formId: z.string().nullish(),
  externalId: z.string().max(200).nullish(),
  // As received: the consumer normalises names, e-mail addresses and phone numbers.
  contact: z.object({ name: z.string(), email: z.string().nullable(), phone: z.string().nullable() }),
  // ISO 3166 country for reading national phone numbers (the form's choice, else the branch's).
  phoneCountry: z.string().length(2).nullish(),
  message: z.string().nullable(),
  // Answers to a form's custom fields by field key; multi-selects are joined with ", ".
  fields: z.record(z.string(), z.string()).nullish(),
  utm: LeadUtm.nullish(),
  consent: LeadConsent.nullish(),
  spam: LeadSpam.nullish(),
  // Absent in messages queued before staff cards and bookings existed.
  staffId: z.string().nullish(),
  formKind: z.enum(['lead', 'booking', 'feedback']).nullish(),
  booking: z
    .object({
      service: z.string().nullable(),
      preferredDate: z.string().nullable(),
      preferredTime: z.string().nullable(),
    })
    .nullish(),
  language: z.string().nullish(),
  // The QR code the visitor arrived through (the page's `qr` parameter), for scan-to-lead conversion.
  qrCode: z.string().max(64).nullish(),
  // The scan that opened the page (the page's `qv` parameter, set by the QR redirect): the
  // contact's timeline shows it. A visit id in the address, never a cookie.
  visitId: z.string().max(64).nullish(),
  // The visitor's daily hash (the tenant-wide one analytics joins views, scans and leads by);
  // null under Do-Not-Track/GPC and for leads that arrive without a visitor's request.
  visitor: z.string().max(64).nullish(),
})
export type LeadMessage = z.infer<typeof LeadMessage>

/**
 * A lead whose fields live on the platform (Facebook Lead Ads, LinkedIn Lead Gen): the webhook
 * queues this after verifying the signature; the consumer fetches the fields, retrying while
 * the platform's API is down, and goes on as with a `lead.submitted` message.
 */
export const LeadFetchMessage = z.object({
  kind: z.literal('lead.fetch'),
  platform: z.enum(['facebook', 'linkedin']),
  leadId: z.string(),
  tenantId: z.string(),
  sourceId: z.string(),
  externalId: z.string().max(200),
  // Facebook: the form id, LinkedIn: the form URN; decides the branch when a source maps forms.
  formRef: z.string().max(200).nullish(),
  deliveryId: z.string(),
  receivedAt: z.string(),
})
export type LeadFetchMessage = z.infer<typeof LeadFetchMessage>

/** A lead's SLA clock, checked when due: breached leads escalate one level per check. */
export const LeadSlaMessage = z.object({
  kind: z.literal('lead.sla'),
  tenantId: z.string(),
  leadId: z.string(),
  // The escalation level this check would move the lead to (1: branch manager, 2: owners).
  level: z.number().int().min(1).max(2),
})
export type LeadSlaMessage = z.infer<typeof LeadSlaMessage>

export const LeadQueueMessage = z.discriminatedUnion('kind', [LeadMessage, LeadFetchMessage, LeadSlaMessage])
export type LeadQueueMessage = z.infer<typeof LeadQueueMessage>
