// The one mapping from a contacts row to the public Contact shape: the API, exports of the
// shape and every other CRM module that returns contacts select `contactColumns` and call `toContact`.
import { sql } from 'drizzle-orm'
import type { SelectResultFields } from 'drizzle-orm/query-builders/select.types'
import type { Contact } from './contacts.schemas.ts'
import { contacts } from './contacts.tables.ts'

/** Select these from `contacts` (no join needed) and pass the row to `toContact`. */
export const contactColumns = {
  id: contacts.id,
  name: contacts.name,
  email: contacts.email,
  phone: contacts.phone,
  otherEmails: contacts.otherEmails,
  otherPhones: contacts.otherPhones,
  jobTitle: contacts.jobTitle,
  ownerUserId: contacts.ownerUserId,
  branchId: contacts.branchId,
  tags: contacts.tags,
  lifecycleStage: contacts.lifecycleStage,
  source: contacts.source,
  consentEmail: contacts.consentEmail,
  consentWhatsapp: contacts.consentWhatsapp,
  consentSms: contacts.consentSms,
  consentUpdatedAt: contacts.consentUpdatedAt,
  customFields: contacts.customFields,
  score: contacts.score,
  scoreReasons: contacts.scoreReasons,
  scoredAt: contacts.scoredAt,
  lastActivityAt: contacts.lastActivityAt,
  createdAt: contacts.createdAt,
  updatedAt: contacts.updatedAt,
  // One index probe per row (the one-primary-per-contact index); a company the actor's branch
  // scope hides, or one in the undo window, is left out.
  // Written out in full: in a one-table select Drizzle leaves column names unqualified, which
  // a correlated subquery cannot afford.
  primaryCompany: sql<{
    id: string
    name: string
  } | null>`(select json_build_object('id', pc.id, 'name', pc.name) from contact_companies cc join companies pc on pc.id = cc.company_id and pc.tenant_id = cc.tenant_id where cc.contact_id = "contacts"."id" and cc.is_primary and pc.deleted_at is null limit 1)`,
}

export type ContactRow = SelectResultFields<typeof contactColumns>

const iso = (d: Date | null) => (d ? d.toISOString() : null)

export function toContact(row: ContactRow): Contact {
  return {
    ...row,
    score: Math.max(0, Math.min(100, row.score)),
    consentUpdatedAt: iso(row.consentUpdatedAt),
    scoredAt: iso(row.scoredAt),
    lastActivityAt: iso(row.lastActivityAt),
    primaryCompany: row.primaryCompany ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}
