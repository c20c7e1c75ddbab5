// De-duplicate and store one arrival, in one tenant transaction. The touch's idempotency key
// makes any repeat (a resent form, a re-delivered webhook, a retried message) a no-op; a person
// already known by e-mail or phone is one contact, and within the dedupe window their arrivals
// are touches of one open lead.
import type { Ctx } from '../../../context.ts'
import type { PgTx } from '../../../lib/pg.ts'
import { withTenant } from '../../../lib/pg.ts'
import { SPAM_THRESHOLD } from '../lead-message.ts'
import { toLead } from '../lead-view.ts'
import * as repo from '../leads.repo.ts'
import type { Lead } from '../leads.schemas.ts'
import { arrivalBody } from './activity-text.ts'
import type { NormalisedLead } from './normalise.ts'

const DAY_MS = 24 * 60 * 60 * 1000

/** Who owns a new lead and when its first answer is due, decided before the transaction. */
export interface Placement {
  assignment: repo.Assignment | null
  slaDueAt: Date | null
}

export type Stored = {
  kind: 'stored'
  lead: Lead
  /** 'created' when this arrival made the lead, 'touch' when it was merged into an open one. */
  change: 'created' | 'touch'
  /** Null only for leads stored before touches existed. */
  touchId: string | null
  /** Its notifications, webhooks and SLA check were handed on already. */
  dispatched: boolean
}

/** A new lead that is not spam needs its owner and SLA first (`Placement`): call again with them. */
export type StoreOutcome = Stored | { kind: 'needs_placement' }

export const isSpam = (lead: NormalisedLead) => (lead.spam?.score ?? 0) >= SPAM_THRESHOLD

async function stored(
  tx: PgTx,
  lead: NormalisedLead,
  leadId: string,
  touch: Omit<Stored, 'kind' | 'lead'>,
): Promise<Stored> {
  const row = await repo.findLeadById(tx, lead.tenantId, leadId)
  if (!row) throw new Error(`lead ${leadId} vanished inside its own transaction`)
  return { kind: 'stored', lead: toLead(row), ...touch }
}

async function findRepeat(tx: PgTx, lead: NormalisedLead): Promise<Stored | undefined> {
  const touch = await repo.findTouchByKey(tx, lead.tenantId, lead.idempotencyKey)
  if (touch) {
    return stored(tx, lead, touch.leadId, {
      change: touch.first ? 'created' : 'touch',
      touchId: touch.id,
      dispatched: touch.dispatchedAt !== null,
    })
  }
  const legacy = await repo.findLeadByKey(tx, lead.tenantId, lead.idempotencyKey)
  if (legacy) return stored(tx, lead, legacy.id, { change: 'created', touchId: null, dispatched: true })
  return undefined
}

/** Locks the contact, then: a repeat after all (a concurrent copy won), a merge, or nothing yet. */
async function mergeIntoOpenLead(
  ctx: Ctx,
  tx: PgTx,
  lead: NormalisedLead,
  contact: repo.ContactRow,
): Promise<Stored | undefined> {
  await repo.lockContact(tx, lead.tenantId, contact.id)
  const repeat = await findRepeat(tx, lead)
  if (repeat) return repeat
  await repo.fillContact(tx, lead.tenantId, contact, lead.contact)
  const windowDays = ctx.config.LEAD_DEDUPE_WINDOW_DAYS
  if (windowDays <= 0) return undefined
  const at = new Date(lead.submittedAt)
  const open = await repo.findOpenLead(
    tx,
    lead.tenantId,
    contact.id,
    new Date(at.getTime() - windowDays * DAY_MS),
  )
  if (!open) return undefined
  const touchId = await repo.insertTouch(tx, lead, open.id, contact.id)
  await repo.bumpLead(tx, lead.tenantId, open.id, at)
  await repo.insertActivity(tx, lead.tenantId, contact.id, {
    type: 'touch',
    body: arrivalBody(lead, true),
    at,
  })
  return stored(tx, lead, open.id, { change: 'touch', touchId, dispatched: false })
}

/** The contact for a new arrival: inserted, or the one a concurrent transaction just inserted. */
async function newContact(tx: PgTx, lead: NormalisedLead, at: Date) {
  const id = await repo.insertContactOnce(tx, lead.tenantId, lead.contact, at, {
    branchId: lead.branchId,
    source: lead.source,
  })
  if (id) return { id, inserted: true as const }
  const winner = await repo.findContact(tx, lead.tenantId, lead.contact.email, lead.contact.phone)
  if (!winner) throw new Error('contact conflicted on insert but cannot be found')
  return { ...winner, inserted: false as const }
}

async function insertNewLead(
  tx: PgTx,
  lead: NormalisedLead,
  contactId: string,
  placement: Placement | undefined,
): Promise<Stored> {
  const spam = isSpam(lead)
  const assignment = spam ? null : (placement?.assignment ?? null)
  const at = new Date(lead.submittedAt)
  await repo.insertLead(tx, lead, contactId, spam, assignment, spam ? null : (placement?.slaDueAt ?? null))
  const touchId = await repo.insertTouch(tx, lead, lead.leadId, contactId)
  await repo.insertActivity(tx, lead.tenantId, contactId, {
    type: 'form_submission',
    body: arrivalBody(lead, false),
    at,
  })
  if (assignment) {
    await repo.insertActivity(tx, lead.tenantId, contactId, {
      type: 'assignment',
      body: assignment.reason,
      at,
    })
  }
  return stored(tx, lead, lead.leadId, { change: 'created', touchId, dispatched: false })
}

/**
 * Stores one normalised arrival. Without `placement`, a new non-spam lead writes nothing and
 * answers `needs_placement`: assignment is decided outside the transaction (it may ask the
 * tenant hub for the next agent in rotation), and only for leads that really are new.
 */
export async function storeLead(
  ctx: Ctx,
  lead: NormalisedLead,
  placement?: Placement,
): Promise<StoreOutcome> {
  return withTenant(ctx.pg(), lead.tenantId, async (tx): Promise<StoreOutcome> => {
    const repeat = await findRepeat(tx, lead)
    if (repeat) return repeat
    const { email, phone } = lead.contact
    const known = await repo.findContact(tx, lead.tenantId, email, phone)
    if (known) {
      const merged = await mergeIntoOpenLead(ctx, tx, lead, known)
      if (merged) return merged
    }
    if (!placement && !isSpam(lead)) return { kind: 'needs_placement' }
    if (known) return insertNewLead(tx, lead, known.id, placement)
    const contact = await newContact(tx, lead, new Date(lead.submittedAt))
    if (!contact.inserted) {
      // Someone else's transaction created this person a moment ago: theirs may be the open lead.
      const merged = await mergeIntoOpenLead(ctx, tx, lead, contact)
      if (merged) return merged
    }
    return insertNewLead(tx, lead, contact.id, placement)
  })
}

export async function markDispatched(ctx: Ctx, tenantId: string, touchId: string): Promise<void> {
  await withTenant(ctx.pg(), tenantId, (tx) => repo.markTouchDispatched(tx, tenantId, touchId, ctx.now()))
}
