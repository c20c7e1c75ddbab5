import type { Ctx, TenantCtx } from '../../context.ts'
import { sha256Hex } from '../../lib/crypto.ts'
import { ApiError } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { withTenant } from '../../lib/pg.ts'
import { publishTenantEvent } from '../notifications/index.ts'
import { enqueueLead } from './intake/enqueue.ts'
import { toLead } from './lead-view.ts'
import * as repo from './leads.repo.ts'
import type { Lead, LeadList, LeadMessage, LeadSubmission } from './leads.schemas.ts'

export interface LeadTarget {
  tenantId: string
  brandId: string
  branchId: string
  siteId: string
  /** Set when the form is on a staff member's card: the lead is theirs. */
  staffId?: string | null
  /** The QR code the visitor arrived through; travels on the message to count the conversion. */
  qrCode?: string
}

const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60

/**
 * Without a client key, identical content for the same site on the same UTC day is one
 * submission: a browser resending the form after a timeout must not make a second lead.
 */
async function idempotencyKeyOf(
  target: LeadTarget,
  submission: LeadSubmission,
  now: Date,
  clientKey?: string,
) {
  if (clientKey) return `k:${clientKey}`
  const day = now.toISOString().slice(0, 10)
  const canonical = [
    target.siteId,
    submission.name,
    submission.email ?? '',
    submission.phone ?? '',
    submission.message ?? '',
    day,
    // Only when present, so plain leads keep the key they had before cards and bookings.
    ...(target.staffId ? [`staff:${target.staffId}`] : []),
    ...(submission.formKind === 'lead'
      ? []
      : [
          submission.formKind,
          submission.service ?? '',
          submission.preferredDate ?? '',
          submission.preferredTime ?? '',
        ]),
  ]
  return `h:${await sha256Hex(JSON.stringify(canonical))}`
}

/** A booking request wherever it was made; otherwise a card's lead is the staff member's. */
const sourceOf = (target: LeadTarget, submission: LeadSubmission): LeadMessage['source'] =>
  submission.formKind === 'booking' ? 'booking_request' : target.staffId ? 'staff_card' : 'microsite_form'

/** What the CRM timeline says about a lead: the visitor's words, after what a booking asked for. */
export function activityBody(message: LeadMessage): string {
  const booking = message.booking
  const asked = booking
    ? `Booking request: ${[booking.service, booking.preferredDate, booking.preferredTime].filter(Boolean).join(', ')}`
    : message.formKind === 'feedback'
      ? 'Private feedback'
      : null
  return [asked, message.message].filter(Boolean).join('\n\n') || 'Submitted the lead form'
}

/**
 * Puts a submission on the `leads` queue and returns its lead id. It returns only after the
 * send succeeded, so a 202 means the lead is durable. A repeat of an accepted submission
 * returns the first lead id without sending again.
 */
export async function acceptLead(
  ctx: Ctx,
  target: LeadTarget,
  submission: LeadSubmission,
  clientKey?: string,
): Promise<{ leadId: string; duplicate: boolean }> {
  const now = ctx.now()
  const idempotencyKey = await idempotencyKeyOf(
    target,
    submission,
    now,
    clientKey ?? submission.idempotencyKey,
  )
  const seenKey = `idem:${target.tenantId}:${idempotencyKey}`
  const seen = await ctx.env.SITE_CACHE.get(seenKey)
  if (seen) return { leadId: seen, duplicate: true }
  const message: LeadMessage = {
    kind: 'lead.submitted',
    leadId: newId('lead', now.getTime()),
    ...target,
    idempotencyKey,
    submittedAt: now.toISOString(),
    source: sourceOf(target, submission),
    contact: { name: submission.name, email: submission.email ?? null, phone: submission.phone ?? null },
    message: submission.message ?? null,
    staffId: target.staffId ?? null,
    formKind: submission.formKind,
    booking:
      submission.formKind === 'booking'
        ? {
            service: submission.service ?? null,
            preferredDate: submission.preferredDate ?? null,
            preferredTime: submission.preferredTime ?? null,
          }
        : null,
    language: submission.language ?? null,
  }
  await enqueueLead(ctx, message)
  await ctx.env.SITE_CACHE.put(seenKey, message.leadId, { expirationTtl: IDEMPOTENCY_TTL_SECONDS })
  return { leadId: message.leadId, duplicate: false }
}

/**
 * Writes contact, lead and timeline entry in one tenant-scoped transaction, then tells the
 * tenant's dashboards. Safe to run twice for one message: the idempotency key makes the
 * second write a no-op, and the event is published again (dashboards de-duplicate by id).
 */
export async function storeLead(ctx: Ctx, message: LeadMessage): Promise<{ lead: Lead; created: boolean }> {
  const now = ctx.now()
  const { row, created } = await withTenant(ctx.pg(), message.tenantId, async (tx) => {
    const existing = await repo.findLeadByKey(tx, message.tenantId, message.idempotencyKey)
    if (existing) return { row: existing, created: false }
    const { email, phone } = message.contact
    const contact =
      (await repo.findContact(tx, message.tenantId, email, phone)) ??
      (await repo.insertContact(tx, message.tenantId, message.contact, now))
    const inserted = await repo.insertLeadOnce(tx, message.tenantId, message, contact.id)
    if (inserted) {
      await repo.insertActivity(tx, message.tenantId, contact.id, activityBody(message), now)
    }
    const row = await repo.findLeadByKey(tx, message.tenantId, message.idempotencyKey)
    if (!row) throw new Error(`lead ${message.leadId} vanished inside its own transaction`)
    return { row, created: inserted }
  })
  const lead = toLead(row)
  await publishTenantEvent(ctx.env, message.tenantId, { type: 'lead.created', lead })
  return { lead, created }
}

const encodeCursor = (row: { createdAt: Date; id: string }) =>
  btoa(`${row.createdAt.toISOString()}|${row.id}`)

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  try {
    const [at, id] = atob(cursor).split('|')
    const createdAt = new Date(at ?? '')
    if (!id || Number.isNaN(createdAt.getTime())) throw new Error('bad cursor')
    return { createdAt, id }
  } catch {
    throw new ApiError('BAD_REQUEST', 'The cursor is not one this API gave out')
  }
}

export async function listLeads(
  ctx: TenantCtx,
  query: { limit: number; cursor?: string },
): Promise<LeadList> {
  const after = query.cursor ? decodeCursor(query.cursor) : undefined
  const rows = await withTenant(ctx.pg(), ctx.tenantId, (tx) =>
    repo.listLeads(tx, ctx.tenantId, ctx.actor.branchIds, { limit: query.limit + 1, after }),
  )
  const page = rows.slice(0, query.limit)
  const last = page.at(-1)
  return { data: page.map(toLead), nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null }
}
