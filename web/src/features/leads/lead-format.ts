import type { Lead } from '../../../../worker/modules/leads/leads.schemas.ts'
import type { LeadEvent } from '../../realtime/messages.ts'

/** Typed against the worker's enum, so adding a status there fails type-checking here. */
export const STATUS_LABELS: Record<Lead['status'], string> = {
  new: 'New',
  contacted: 'Contacted',
  qualified: 'Qualified',
  won: 'Won',
  lost: 'Lost',
}

/** Likewise for sources: a new source must be named here before the dashboard builds. */
export const SOURCE_LABELS: Record<Lead['source'], string> = {
  microsite_form: 'Microsite form',
  staff_card: 'Staff card',
  booking_request: 'Booking request',
  facebook: 'Facebook Lead Ads',
  google_ads: 'Google Ads',
  linkedin: 'LinkedIn',
  whatsapp: 'WhatsApp',
  webhook: 'Webhook',
}

export const STATUSES = Object.keys(STATUS_LABELS) as Lead['status'][]
export const SOURCES = Object.keys(SOURCE_LABELS) as Lead['source'][]

export const SPAM_REASON_LABELS: Record<Lead['spam']['reasons'][number], string> = {
  honeypot: 'Filled in the hidden field bots fill in',
  captcha_missing: 'No captcha answer',
  captcha_failed: 'Captcha failed',
  disposable_email: 'Disposable e-mail address',
  junk_name: 'Name looks like junk',
  links_in_message: 'Links in the message',
  repeated_characters: 'Repeated characters',
  too_fast: 'Sent too fast for a person',
}

const isStatus = (s: string): s is Lead['status'] => Object.hasOwn(STATUS_LABELS, s)
const isSource = (s: string): s is Lead['source'] => Object.hasOwn(SOURCE_LABELS, s)

/**
 * A live event carries the fields a list row needs, not the whole lead: `existing` (the row as
 * loaded) keeps the rest. Without one, the missing parts start empty until the lead is fetched.
 * Null when the event names a status or source this dashboard does not know.
 */
export function leadFromEvent(event: LeadEvent, existing?: Lead): Lead | null {
  const { status, source } = event
  if (!isStatus(status) || !isSource(source)) return null
  const base: Lead = existing ?? {
    ...event,
    status,
    source,
    sourceId: null,
    formId: null,
    externalId: null,
    assignedAt: null,
    fields: {},
    utm: null,
    consent: null,
    spam: { marked: false, score: 0, reasons: [] },
    sla: { dueAt: null, firstResponseAt: null, breachedAt: null, escalationLevel: 0 },
    lastTouchAt: event.createdAt,
    updatedAt: event.createdAt,
  }
  return {
    ...base,
    name: event.name,
    email: event.email,
    phone: event.phone,
    message: event.message,
    status,
    source,
    branchId: event.branchId,
    ownerUserId: event.ownerUserId,
    touchCount: event.touchCount,
    spam: event.spam ? { ...base.spam, marked: event.spam.marked } : base.spam,
    sla: event.sla ? { ...base.sla, ...event.sla } : base.sla,
  }
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

export function formatReceived(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date)
}

/** `tel:` links want the digits only. */
export const telHref = (phone: string) => `tel:${phone.replace(/[^+0-9]/g, '')}`
