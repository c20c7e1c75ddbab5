import { and, desc, eq, inArray, lt, or, type SQL } from 'drizzle-orm'
import { newId } from '../../../lib/ids.ts'
import type { PgTx } from '../../../lib/pg.ts'
import { type BranchScope, inBranchScope } from '../../auth/index.ts'
import { activities } from '../../crm/activities/activities.tables.ts'
import { contacts } from '../../crm/contacts/contacts.tables.ts'
import { leadColumns } from '../lead-view.ts'
import { type LeadStatus, leads, leadTouches } from '../leads.tables.ts'

export interface LeadPosition {
  createdAt: Date
  id: string
}

const fromLeads = (tx: PgTx, tenantId: string) =>
  tx
    .select({ ...leadColumns, assignmentReason: leads.assignmentReason })
    .from(leads)
    .innerJoin(contacts, and(eq(contacts.id, leads.contactId), eq(contacts.tenantId, tenantId)))

/** Newest first after `after`: (created_at, id) ordering, so pages never skip or repeat. */
export function listLeadPage(tx: PgTx, tenantId: string, where: SQL, limit: number, after?: LeadPosition) {
  const next = after
    ? or(
        lt(leads.createdAt, after.createdAt),
        and(eq(leads.createdAt, after.createdAt), lt(leads.id, after.id)),
      )
    : undefined
  return fromLeads(tx, tenantId)
    .where(and(where, next))
    .orderBy(desc(leads.createdAt), desc(leads.id))
    .limit(limit)
}

export type InboxLeadRow = Awaited<ReturnType<typeof listLeadPage>>[number]

/**
 * The leads with these ids that the scope may see, locked for the rest of the transaction when
 * they are about to change, so two people assigning at once take turns instead of both winning.
 */
export function findLeads(
  tx: PgTx,
  tenantId: string,
  scope: BranchScope,
  leadIds: readonly string[],
  lock: boolean,
): Promise<InboxLeadRow[]> {
  const query = fromLeads(tx, tenantId).where(
    and(eq(leads.tenantId, tenantId), inBranchScope(leads.branchId, scope), inArray(leads.id, [...leadIds])),
  )
  return lock ? query.for('update', { of: leads }) : query
}

export function listTouches(tx: PgTx, tenantId: string, leadId: string) {
  return tx
    .select({
      id: leadTouches.id,
      source: leadTouches.source,
      sourceId: leadTouches.sourceId,
      formId: leadTouches.formId,
      externalId: leadTouches.externalId,
      branchId: leadTouches.branchId,
      message: leadTouches.message,
      fields: leadTouches.fields,
      utm: leadTouches.utm,
      consent: leadTouches.consent,
      spamScore: leadTouches.spamScore,
      createdAt: leadTouches.createdAt,
    })
    .from(leadTouches)
    .where(and(eq(leadTouches.tenantId, tenantId), eq(leadTouches.leadId, leadId)))
    .orderBy(desc(leadTouches.createdAt), desc(leadTouches.id))
    .limit(200)
}

export function listActivities(tx: PgTx, tenantId: string, contactId: string) {
  return tx
    .select({
      id: activities.id,
      type: activities.type,
      body: activities.body,
      createdAt: activities.createdAt,
    })
    .from(activities)
    .where(and(eq(activities.tenantId, tenantId), eq(activities.contactId, contactId)))
    .orderBy(desc(activities.createdAt), desc(activities.id))
    .limit(200)
}

export interface LeadWrite {
  status?: LeadStatus
  owner?: { userId: string | null; reason: string | null; at: Date | null }
}

export async function writeLeads(tx: PgTx, tenantId: string, leadIds: readonly string[], write: LeadWrite) {
  if (leadIds.length === 0) return
  await tx
    .update(leads)
    .set({
      ...(write.status ? { status: write.status } : {}),
      ...(write.owner
        ? {
            ownerUserId: write.owner.userId,
            assignedAt: write.owner.at,
            assignmentReason: write.owner.reason,
          }
        : {}),
    })
    .where(and(eq(leads.tenantId, tenantId), inArray(leads.id, [...leadIds])))
}

export type ActivityType = (typeof activities.type.enumValues)[number]

export async function insertActivities(
  tx: PgTx,
  tenantId: string,
  entries: { contactId: string; type: ActivityType; body: string }[],
  now: Date,
) {
  if (entries.length === 0) return
  await tx
    .insert(activities)
    .values(entries.map((e) => ({ id: newId('activity', now.getTime()), tenantId, ...e, createdAt: now })))
}
