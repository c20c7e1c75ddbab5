import { and, desc, eq, gte, isNull, notInArray, or, type SQL, sql } from 'drizzle-orm'
import { newId } from '../../lib/ids.ts'
import type { PgTx } from '../../lib/pg.ts'
import { type ActivityType, activities } from '../crm/activities/activities.tables.ts'
import { contacts } from '../crm/contacts/contacts.tables.ts'
import { leadColumns } from './lead-view.ts'
import { leads, leadTouches } from './leads.tables.ts'
import type { NormalisedLead } from './pipeline/normalise.ts'

export type ContactRow = { id: string; name: string; email: string | null; phone: string | null }

/** The contact with this email, else this phone, within the tenant. */
export async function findContact(
  tx: PgTx,
  tenantId: string,
  email: string | null,
  phone: string | null,
): Promise<ContactRow | undefined> {
  const match = [
    email ? eq(contacts.email, email) : undefined,
    phone ? eq(contacts.phone, phone) : undefined,
  ].filter((c) => c !== undefined)
  if (match.length === 0) return undefined
  const [contact] = await tx
    .select({ id: contacts.id, name: contacts.name, email: contacts.email, phone: contacts.phone })
    .from(contacts)
    .where(and(eq(contacts.tenantId, tenantId), or(...match)))
    // An e-mail match wins when the phone number belongs to someone else.
    .orderBy(sql`${contacts.email} is distinct from ${email}`)
    .limit(1)
  return contact
}

/**
 * Inserts the contact unless another transaction got there first with the same e-mail address
 * or phone number (unique per tenant); the caller then finds that one instead.
 */
export async function insertContactOnce(
  tx: PgTx,
  tenantId: string,
  contact: NormalisedLead['contact'],
  at: Date,
  origin: { branchId: string; source: string },
): Promise<string | undefined> {
  const [row] = await tx
    .insert(contacts)
    .values({
      id: newId('contact', at.getTime()),
      tenantId,
      ...contact,
      ...origin,
      createdAt: at,
      updatedAt: at,
    })
    .onConflictDoNothing()
    .returning({ id: contacts.id })
  return row?.id
}

/** Holds the contact until commit, so two arrivals of one person decide merge-or-new in turn. */
export async function lockContact(tx: PgTx, tenantId: string, contactId: string): Promise<void> {
  await tx
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.tenantId, tenantId), eq(contacts.id, contactId)))
    .for('update')
}

/** Fills what the contact lacks from what arrived; never overwrites what someone already knew. */
export async function fillContact(
  tx: PgTx,
  tenantId: string,
  existing: ContactRow,
  given: NormalisedLead['contact'],
) {
  const fill = {
    ...(!existing.name && given.name
      ? { name: sql`coalesce(nullif(${contacts.name}, ''), ${given.name})` }
      : {}),
    ...(!existing.email && given.email ? { email: sql`coalesce(${contacts.email}, ${given.email})` } : {}),
    ...(!existing.phone && given.phone ? { phone: sql`coalesce(${contacts.phone}, ${given.phone})` } : {}),
  }
  if (Object.keys(fill).length === 0) return
  await tx
    .update(contacts)
    .set(fill)
    .where(and(eq(contacts.tenantId, tenantId), eq(contacts.id, existing.id)))
}

/** The touch with this key, and whether it was the arrival that made its lead. */
export async function findTouchByKey(tx: PgTx, tenantId: string, idempotencyKey: string) {
  const [touch] = await tx
    .select({
      id: leadTouches.id,
      leadId: leadTouches.leadId,
      dispatchedAt: leadTouches.dispatchedAt,
      first: sql<boolean>`${leads.idempotencyKey} = ${leadTouches.idempotencyKey}`,
    })
    .from(leadTouches)
    .innerJoin(leads, eq(leads.id, leadTouches.leadId))
    .where(and(eq(leadTouches.tenantId, tenantId), eq(leadTouches.idempotencyKey, idempotencyKey)))
    .limit(1)
  return touch
}

/** The contact's most recent lead still in play (not won or lost) touched at or after `since`. */
export async function findOpenLead(tx: PgTx, tenantId: string, contactId: string, since: Date) {
  const lastTouch = sql`coalesce(${leads.lastTouchAt}, ${leads.createdAt})`
  const [lead] = await tx
    .select({ id: leads.id })
    .from(leads)
    .where(
      and(
        eq(leads.tenantId, tenantId),
        eq(leads.contactId, contactId),
        notInArray(leads.status, ['won', 'lost']),
        gte(lastTouch, since),
      ),
    )
    .orderBy(desc(lastTouch))
    .limit(1)
  return lead
}

export interface Assignment {
  ownerUserId: string
  reason: string
}

export async function insertLead(
  tx: PgTx,
  lead: NormalisedLead,
  contactId: string,
  spam: boolean,
  assignment: Assignment | null,
  slaDueAt: Date | null,
) {
  const at = new Date(lead.submittedAt)
  await tx.insert(leads).values({
    id: lead.leadId,
    tenantId: lead.tenantId,
    contactId,
    brandId: lead.brandId,
    branchId: lead.branchId,
    staffId: lead.staffId ?? null,
    source: lead.source,
    sourceId: lead.sourceId ?? null,
    formId: lead.formId ?? null,
    externalId: lead.externalId ?? null,
    message: lead.message,
    fields: lead.fields,
    utm: lead.utm,
    consent: lead.consent ?? null,
    spam,
    spamScore: lead.spam?.score ?? 0,
    spamReasons: lead.spam?.reasons ?? [],
    ownerUserId: assignment?.ownerUserId ?? null,
    assignedAt: assignment ? at : null,
    assignmentReason: assignment?.reason ?? null,
    slaDueAt,
    touchCount: 1,
    lastTouchAt: at,
    idempotencyKey: lead.idempotencyKey,
    createdAt: at,
  })
}

export async function insertTouch(tx: PgTx, lead: NormalisedLead, leadId: string, contactId: string) {
  const id = newId('leadTouch', Date.parse(lead.submittedAt))
  await tx.insert(leadTouches).values({
    id,
    tenantId: lead.tenantId,
    leadId,
    contactId,
    source: lead.source,
    sourceId: lead.sourceId ?? null,
    formId: lead.formId ?? null,
    externalId: lead.externalId ?? null,
    branchId: lead.branchId,
    message: lead.message,
    fields: lead.fields,
    utm: lead.utm,
    consent: lead.consent ?? null,
    spamScore: lead.spam?.score ?? 0,
    visitId: lead.visitId ?? null,
    idempotencyKey: lead.idempotencyKey,
    createdAt: new Date(lead.submittedAt),
  })
  return id
}

/** One more arrival merged into the lead; `last_touch_at` only ever moves forward. */
export async function bumpLead(tx: PgTx, tenantId: string, leadId: string, at: Date) {
  await tx
    .update(leads)
    .set({
      touchCount: sql`${leads.touchCount} + 1`,
      lastTouchAt: sql`greatest(coalesce(${leads.lastTouchAt}, ${leads.createdAt}), ${at.toISOString()}::timestamptz)`,
    })
    .where(and(eq(leads.tenantId, tenantId), eq(leads.id, leadId)))
}

export async function insertActivity(
  tx: PgTx,
  tenantId: string,
  contactId: string,
  entry: { type: ActivityType; body: string; at: Date },
) {
  await tx.insert(activities).values({
    id: newId('activity', entry.at.getTime()),
    tenantId,
    contactId,
    type: entry.type,
    body: entry.body,
    createdAt: entry.at,
  })
}

export async function markTouchDispatched(tx: PgTx, tenantId: string, touchId: string, at: Date) {
  await tx
    .update(leadTouches)
    .set({ dispatchedAt: at })
    .where(
      and(eq(leadTouches.tenantId, tenantId), eq(leadTouches.id, touchId), isNull(leadTouches.dispatchedAt)),
    )
}

export const findLeadById = (tx: PgTx, tenantId: string, leadId: string) =>
  oneLead(tx, tenantId, eq(leads.id, leadId))

/** Leads stored before touches existed carry the key only on the lead. */
export const findLeadByKey = (tx: PgTx, tenantId: string, idempotencyKey: string) =>
  oneLead(tx, tenantId, eq(leads.idempotencyKey, idempotencyKey))

async function oneLead(tx: PgTx, tenantId: string, match: SQL) {
  const [row] = await tx
    .select(leadColumns)
    .from(leads)
    .innerJoin(contacts, eq(contacts.id, leads.contactId))
    .where(and(eq(leads.tenantId, tenantId), match))
    .limit(1)
  return row
}
