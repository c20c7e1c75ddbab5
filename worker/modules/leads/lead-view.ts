// The one mapping from CRM rows to the public Lead shape, used by the API, the live events and
// outbound webhooks alike.

import { contacts } from '../crm/contacts/contacts.tables.ts'
import type { Lead } from './leads.schemas.ts'
import { leads } from './leads.tables.ts'

/** Select these (leads joined to contacts on contact_id) and pass the row to `toLead`. */
export const leadColumns = {
  id: leads.id,
  contactId: leads.contactId,
  name: contacts.name,
  email: contacts.email,
  phone: contacts.phone,
  message: leads.message,
  source: leads.source,
  sourceId: leads.sourceId,
  formId: leads.formId,
  externalId: leads.externalId,
  status: leads.status,
  brandId: leads.brandId,
  branchId: leads.branchId,
  staffId: leads.staffId,
  ownerUserId: leads.ownerUserId,
  assignedAt: leads.assignedAt,
  fields: leads.fields,
  utm: leads.utm,
  consent: leads.consent,
  spam: leads.spam,
  spamScore: leads.spamScore,
  spamReasons: leads.spamReasons,
  slaDueAt: leads.slaDueAt,
  firstResponseAt: leads.firstResponseAt,
  slaBreachedAt: leads.slaBreachedAt,
  escalationLevel: leads.escalationLevel,
  touchCount: leads.touchCount,
  lastTouchAt: leads.lastTouchAt,
  createdAt: leads.createdAt,
  updatedAt: leads.updatedAt,
}

type Selected<T> = {
  [K in keyof T]: T[K] extends { _: { data: infer D; notNull: infer N } }
    ? N extends true
      ? D
      : D | null
    : never
}
export type LeadRow = Selected<typeof leadColumns>

const iso = (d: Date | null) => (d ? d.toISOString() : null)

export function toLead(row: LeadRow): Lead {
  const { fields } = row
  return {
    id: row.id,
    contactId: row.contactId,
    name: row.name,
    email: row.email,
    phone: row.phone,
    message: row.message,
    source: row.source,
    sourceId: row.sourceId,
    formId: row.formId,
    externalId: row.externalId,
    status: row.status,
    brandId: row.brandId,
    branchId: row.branchId,
    staffId: row.staffId,
    ownerUserId: row.ownerUserId,
    assignedAt: iso(row.assignedAt),
    booking:
      fields.formKind === 'booking'
        ? {
            service: fields.service ?? null,
            preferredDate: fields.preferredDate ?? null,
            preferredTime: fields.preferredTime ?? null,
          }
        : null,
    fields,
    utm: row.utm,
    consent: row.consent,
    spam: { marked: row.spam, score: row.spamScore, reasons: row.spamReasons },
    sla: {
      dueAt: iso(row.slaDueAt),
      firstResponseAt: iso(row.firstResponseAt),
      breachedAt: iso(row.slaBreachedAt),
      escalationLevel: row.escalationLevel,
    },
    touchCount: row.touchCount,
    lastTouchAt: (row.lastTouchAt ?? row.createdAt).toISOString(),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}
