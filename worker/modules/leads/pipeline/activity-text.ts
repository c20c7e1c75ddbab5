import type { LeadMessage } from '../lead-message.ts'
import type { LeadSource } from '../leads.tables.ts'

const SOURCE_LABELS: Record<LeadSource, string> = {
  microsite_form: 'the website form',
  staff_card: "a staff member's card",
  booking_request: 'a booking request',
  facebook: 'Facebook Lead Ads',
  google_ads: 'Google Ads lead forms',
  linkedin: 'LinkedIn Lead Gen',
  whatsapp: 'WhatsApp',
  webhook: 'a connected webhook',
}

export const sourceLabel = (source: LeadSource) => SOURCE_LABELS[source]

/** What a booking asked for, or that it was private feedback; null for a plain enquiry. */
function asked(message: LeadMessage): string | null {
  const booking = message.booking
  if (booking) {
    const wanted = [booking.service, booking.preferredDate, booking.preferredTime].filter(Boolean).join(', ')
    return `Booking request: ${wanted}`
  }
  return message.formKind === 'feedback' ? 'Private feedback' : null
}

const ON_SITE: readonly LeadSource[] = ['microsite_form', 'staff_card', 'booking_request']

/**
 * The CRM timeline's line for an arrival: the visitor's words after what a booking asked for,
 * and, for ad platforms or a return visit, the way they came ("Came back through WhatsApp").
 */
export function arrivalBody(message: LeadMessage, merged: boolean): string {
  const how = merged
    ? `Came back through ${sourceLabel(message.source)}`
    : ON_SITE.includes(message.source)
      ? null
      : `Came in through ${sourceLabel(message.source)}`
  const said = [how, asked(message), message.message].filter(Boolean).join('\n\n')
  return said || 'Submitted the lead form'
}
