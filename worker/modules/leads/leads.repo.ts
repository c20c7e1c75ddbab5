import { and, desc, eq, lt, or, sql } from 'drizzle-orm'
import { newId } from '../../lib/ids.ts'
import type { PgTx } from '../../lib/pg.ts'
import { type BranchScope, inBranchScope } from '../auth/index.ts'
import { activities, contacts } from '../crm/crm.tables.ts'
import { leadColumns } from './lead-view.ts'
import type { LeadMessage } from './leads.schemas.ts'
import { leads } from './leads.tables.ts'

/** The contact with this email, else this phone, within the tenant. */
export async function findContact(tx: PgTx, tenantId: string, email: string | null, phone: string | null) {
  const match = [
    email ? eq(contacts.email, email) : undefined,
    phone ? eq(contacts.phone, phone) : undefined,
  ].filter((c) => c !== undefined)
  if (match.length === 0) return undefined
  const [contact] = await tx
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.tenantId, tenantId), or(...match)))
    .orderBy(sql`${contacts.email} is null`)
    .limit(1)
  return contact
}

export async function insertContact(tx: PgTx, tenantId: string, contact: LeadMessage['contact'], now: Date) {
  const id = newId('contact', now.getTime())
  await tx.insert(contacts).values({ id, tenantId, ...contact, createdAt: now, updatedAt: now })
  return { id }
}

/** The submitted fields as the lead keeps them: only those given, all strings. */
function submittedFields(message: LeadMessage): Record<string, string> {
  const { contact, booking } = message
  const fields: Record<string, string | null | undefined> = {
    name: contact.name,
    email: contact.email,
    phone: contact.phone,
    message: message.message,
    language: message.language,
    formKind: message.formKind === 'lead' ? null : message.formKind,
    ...booking,
  }
  return Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => !!entry[1]))
}

/** Inserts the lead unless its idempotency key was seen; returns whether it was new. */
export async function insertLeadOnce(tx: PgTx, tenantId: string, message: LeadMessage, contactId: string) {
  const inserted = await tx
    .insert(leads)
    .values({
      id: message.leadId,
      tenantId,
      contactId,
      brandId: message.brandId,
      branchId: message.branchId,
      staffId: message.staffId ?? null,
      source: message.source,
      message: message.message,
      fields: submittedFields(message),
      idempotencyKey: message.idempotencyKey,
      createdAt: new Date(message.submittedAt),
    })
    .onConflictDoNothing({ target: [leads.tenantId, leads.idempotencyKey] })
    .returning({ id: leads.id })
  return inserted.length > 0
}

export async function insertActivity(tx: PgTx, tenantId: string, contactId: string, body: string, now: Date) {
  await tx.insert(activities).values({
    id: newId('activity', now.getTime()),
    tenantId,
    contactId,
    type: 'form_submission',
    body,
    createdAt: now,
  })
}

export async function findLeadByKey(tx: PgTx, tenantId: string, idempotencyKey: string) {
  const [row] = await tx
    .select(leadColumns)
    .from(leads)
    .innerJoin(contacts, eq(contacts.id, leads.contactId))
    .where(and(eq(leads.tenantId, tenantId), eq(leads.idempotencyKey, idempotencyKey)))
    .limit(1)
  return row
}

/**
 * Newest first, within the actor's branches; the cursor is the last row's (created_at, id), so
 * pages never skip or repeat.
 */
export async function listLeads(
  tx: PgTx,
  tenantId: string,
  scope: BranchScope,
  page: { limit: number; after?: { createdAt: Date; id: string } },
) {
  const after = page.after
    ? or(
        lt(leads.createdAt, page.after.createdAt),
        and(eq(leads.createdAt, page.after.createdAt), lt(leads.id, page.after.id)),
      )
    : undefined
  return tx
    .select(leadColumns)
    .from(leads)
    .innerJoin(contacts, and(eq(contacts.id, leads.contactId), eq(contacts.tenantId, tenantId)))
    .where(and(eq(leads.tenantId, tenantId), inBranchScope(leads.branchId, scope), after))
    .orderBy(desc(leads.createdAt), desc(leads.id))
    .limit(page.limit)
}
