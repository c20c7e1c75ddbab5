import type { Ctx } from '../../context.ts'
import { sha256Hex } from '../../lib/crypto.ts'
import { newId } from '../../lib/ids.ts'
import type { FormSubmission } from './forms/read-submission.ts'
import { enqueueLead } from './intake/enqueue.ts'
import type { LeadSpam } from './lead-message.ts'
import type { LeadMessage } from './leads.schemas.ts'

export interface LeadTarget {
  tenantId: string
  brandId: string
  branchId: string
  siteId: string
  /** Set when the form is on a staff member's card: the lead is theirs. */
  staffId?: string | null
  /** The QR code the visitor arrived through; travels on the message to count the conversion. */
  qrCode?: string
  /** The scan that opened the page (its `qv`): the contact's timeline shows it. */
  visitId?: string
  /** The form post's daily visitor hash for analytics; null under Do-Not-Track/GPC. */
  visitor?: string | null
  /** The branch address's country (ISO 3166 alpha-2): reads national phone numbers when the form names none. */
  country?: string | null
}

const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60

/**
 * A form submission's idempotency key. Without a client key, identical content for the same
 * site (and form) on the same UTC day is one submission: a browser resending the form after a
 * timeout must not make a second lead.
 */
export async function formIdempotencyKey(
  target: LeadTarget,
  submission: FormSubmission,
  now: Date,
  clientKey?: string | null,
): Promise<string> {
  if (clientKey) return `k:${clientKey}`
  const day = now.toISOString().slice(0, 10)
  const { contact, booking } = submission
  const canonical = [
    target.siteId,
    contact.name,
    contact.email ?? '',
    contact.phone ?? '',
    submission.message ?? '',
    day,
    // Each only when present, so plain leads keep the key they had before cards, bookings and forms.
    ...(target.staffId ? [`staff:${target.staffId}`] : []),
    ...(submission.formKind === 'lead'
      ? []
      : [
          submission.formKind,
          booking?.service ?? '',
          booking?.preferredDate ?? '',
          booking?.preferredTime ?? '',
        ]),
    ...(submission.formId
      ? [`form:${submission.formId}`, JSON.stringify(Object.entries(submission.fields).sort())]
      : []),
  ]
  return `h:${await sha256Hex(JSON.stringify(canonical))}`
}

const seenKeyOf = (tenantId: string, idempotencyKey: string) => `idem:${tenantId}:${idempotencyKey}`

/** The lead id an earlier, accepted submission with this key was given, if any. */
export async function acceptedLeadId(ctx: Ctx, tenantId: string, idempotencyKey: string) {
  return ctx.env.SITE_CACHE.get(seenKeyOf(tenantId, idempotencyKey))
}

/** A booking request wherever it was made; otherwise a card's lead is the staff member's. */
const sourceOf = (target: LeadTarget, submission: FormSubmission): LeadMessage['source'] =>
  submission.formKind === 'booking' ? 'booking_request' : target.staffId ? 'staff_card' : 'microsite_form'

function leadMessageOf(
  target: LeadTarget,
  submission: FormSubmission,
  extra: { leadId: string; idempotencyKey: string; now: Date; spam: LeadSpam | null },
): LeadMessage {
  const { country, ...where } = target
  const hasFields = Object.keys(submission.fields).length > 0
  return {
    kind: 'lead.submitted',
    leadId: extra.leadId,
    ...where,
    idempotencyKey: extra.idempotencyKey,
    submittedAt: extra.now.toISOString(),
    source: sourceOf(target, submission),
    formId: submission.formId,
    contact: submission.contact,
    phoneCountry: submission.phoneCountry ?? country ?? null,
    message: submission.message,
    fields: hasFields ? submission.fields : null,
    utm: submission.utm,
    consent: submission.consent,
    spam: extra.spam,
    staffId: target.staffId ?? null,
    formKind: submission.formKind,
    booking: submission.formKind === 'booking' ? submission.booking : null,
    language: submission.language,
  }
}

/**
 * Puts a submission on the `leads` queue and returns its lead id. It returns only after the
 * send succeeded, so a 202 means the lead is durable. A repeat of an accepted submission
 * returns the first lead id without sending again. Spam is queued like any lead, marked.
 */
export async function acceptLead(
  ctx: Ctx,
  target: LeadTarget,
  submission: FormSubmission,
  options: { clientKey?: string | null; idempotencyKey?: string; spam?: LeadSpam | null } = {},
): Promise<{ leadId: string; duplicate: boolean }> {
  const now = ctx.now()
  const idempotencyKey =
    options.idempotencyKey ??
    (await formIdempotencyKey(target, submission, now, options.clientKey ?? submission.idempotencyKey))
  const seen = await acceptedLeadId(ctx, target.tenantId, idempotencyKey)
  if (seen) return { leadId: seen, duplicate: true }
  const leadId = newId('lead', now.getTime())
  await enqueueLead(
    ctx,
    leadMessageOf(target, submission, { leadId, idempotencyKey, now, spam: options.spam ?? null }),
  )
  await ctx.env.SITE_CACHE.put(seenKeyOf(target.tenantId, idempotencyKey), leadId, {
    expirationTtl: IDEMPOTENCY_TTL_SECONDS,
  })
  return { leadId, duplicate: false }
}
