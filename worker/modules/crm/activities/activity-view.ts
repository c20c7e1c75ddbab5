import { and, eq } from 'drizzle-orm'
import type { PgTx } from '../../../lib/pg.ts'
import { companies, contacts } from '../contacts/contacts.tables.ts'
import { deals } from '../deals/deals.tables.ts'
import type { Activity } from './activities.schemas.ts'
import { activities } from './activities.tables.ts'

/** Every column an Activity shows, with the names of what it is about. */
export const activityColumns = {
  id: activities.id,
  type: activities.type,
  contactId: activities.contactId,
  companyId: activities.companyId,
  dealId: activities.dealId,
  contactName: contacts.name,
  companyName: companies.name,
  dealName: deals.name,
  branchId: activities.branchId,
  subject: activities.subject,
  body: activities.body,
  dueAt: activities.dueAt,
  remindAt: activities.remindAt,
  reminderSentAt: activities.reminderSentAt,
  assigneeUserId: activities.assigneeUserId,
  completedAt: activities.completedAt,
  completedByUserId: activities.completedByUserId,
  startsAt: activities.startsAt,
  endsAt: activities.endsAt,
  durationMinutes: activities.durationMinutes,
  outcome: activities.outcome,
  mentions: activities.mentions,
  templateId: activities.templateId,
  createdByUserId: activities.createdByUserId,
  meta: activities.meta,
  createdAt: activities.createdAt,
  updatedAt: activities.updatedAt,
}

/**
 * Activities with the names of their contact, company and deal: primary-key joins, so a page
 * costs one statement whatever its size. The parents' own row policies apply; a parent the
 * reader cannot see leaves its name null.
 */
export const selectActivities = (tx: PgTx) =>
  tx
    .select(activityColumns)
    .from(activities)
    .leftJoin(
      contacts,
      and(eq(contacts.id, activities.contactId), eq(contacts.tenantId, activities.tenantId)),
    )
    .leftJoin(
      companies,
      and(eq(companies.id, activities.companyId), eq(companies.tenantId, activities.tenantId)),
    )
    .leftJoin(deals, and(eq(deals.id, activities.dealId), eq(deals.tenantId, activities.tenantId)))

export type ActivityRow = Awaited<ReturnType<ReturnType<typeof selectActivities>['execute']>>[number]

const iso = (d: Date | null) => (d ? d.toISOString() : null)

/** The only row → Activity mapping. */
export function toActivity(row: ActivityRow): Activity {
  return {
    ...row,
    dueAt: iso(row.dueAt),
    remindAt: iso(row.remindAt),
    reminderSentAt: iso(row.reminderSentAt),
    completedAt: iso(row.completedAt),
    startsAt: iso(row.startsAt),
    endsAt: iso(row.endsAt),
    meta: row.meta ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}
