import { newId } from '../../../lib/ids.ts'
import type { PgTx } from '../../../lib/pg.ts'
import { type ActivityType, activities } from './activities.tables.ts'

export interface ActivityEntry {
  tenantId: string
  contactId?: string | null
  companyId?: string | null
  dealId?: string | null
  type: ActivityType
  subject?: string | null
  body: string
  meta?: Record<string, unknown> | null
  createdByUserId?: string | null
  at?: Date
}

/**
 * Writes one activity inside the caller's transaction: what the system records on a record's
 * timeline (stage changes, merges, imports …). The branch is copied from the parent by a
 * trigger, so the entry is visible to exactly who sees the record.
 */
export async function recordActivity(tx: PgTx, entry: ActivityEntry): Promise<string> {
  if (!entry.contactId && !entry.companyId && !entry.dealId) {
    throw new Error('an activity needs a contact, company or deal')
  }
  const at = entry.at ?? new Date()
  const id = newId('activity', at.getTime())
  await tx.insert(activities).values({
    id,
    tenantId: entry.tenantId,
    contactId: entry.contactId ?? null,
    companyId: entry.companyId ?? null,
    dealId: entry.dealId ?? null,
    type: entry.type,
    subject: entry.subject ?? null,
    body: entry.body,
    meta: entry.meta ?? null,
    createdByUserId: entry.createdByUserId ?? null,
    createdAt: at,
    updatedAt: at,
  })
  return id
}
