import type { contacts } from '../contacts/contacts.tables.ts'
import { chooseSources, type FieldChoices, type MergeField, othersOf, unionTags } from './merge-fields.ts'

export type ContactRecord = typeof contacts.$inferSelect

const latestConsent = (records: ContactRecord[]) =>
  records.reduce((best, r) =>
    (r.consentUpdatedAt?.getTime() ?? -1) > (best.consentUpdatedAt?.getTime() ?? -1) ? r : best,
  )

const consentText = (r: ContactRecord) => {
  const given = [r.consentEmail && 'e-mail', r.consentWhatsapp && 'WhatsApp', r.consentSms && 'SMS'].filter(
    Boolean,
  )
  return given.length > 0 ? `Agreed to ${given.join(', ')}` : 'No consent'
}

/**
 * The fields a contact merge chooses between. Consent travels as one (all three channels and
 * when they were given), and by default from the record where the person said so last.
 */
export const CONTACT_MERGE_FIELDS: MergeField<ContactRecord>[] = [
  { key: 'name', label: 'Name', read: (r) => r.name },
  { key: 'email', label: 'E-mail', read: (r) => r.email },
  { key: 'phone', label: 'Phone', read: (r) => r.phone },
  { key: 'jobTitle', label: 'Job title', read: (r) => r.jobTitle },
  { key: 'lifecycleStage', label: 'Lifecycle stage', read: (r) => r.lifecycleStage },
  { key: 'source', label: 'Source', read: (r) => r.source },
  { key: 'ownerUserId', label: 'Owner', read: (r) => r.ownerUserId },
  { key: 'branchId', label: 'Branch', read: (r) => r.branchId },
  { key: 'consent', label: 'Consent', read: consentText, preferred: latestConsent },
]

const lower = (v: string) => v.toLowerCase()
const digits = (v: string) => v.replace(/\D/g, '')
const earliest = (dates: Date[]) => new Date(Math.min(...dates.map((d) => d.getTime())))
const latest = (dates: (Date | null)[]) => {
  const known = dates.filter((d): d is Date => d !== null)
  return known.length > 0 ? new Date(Math.max(...known.map((d) => d.getTime()))) : null
}

/**
 * The primary contact as it is after the merge: chosen fields, every other e-mail address and
 * phone number kept as further ones, tags together, known since the earliest of them.
 */
export function mergedContact(records: ContactRecord[], choices: FieldChoices) {
  const { sources, customFields, pick } = chooseSources(CONTACT_MERGE_FIELDS, records, choices)
  const email = pick('email').email
  const phone = pick('phone').phone
  const consent = pick('consent')
  return {
    sources,
    values: {
      name: pick('name').name,
      email,
      phone,
      otherEmails: othersOf(
        records.flatMap((r) => [r.email, ...r.otherEmails]),
        email,
        lower,
      ),
      otherPhones: othersOf(
        records.flatMap((r) => [r.phone, ...r.otherPhones]),
        phone,
        digits,
      ),
      jobTitle: pick('jobTitle').jobTitle,
      lifecycleStage: pick('lifecycleStage').lifecycleStage,
      source: pick('source').source,
      ownerUserId: pick('ownerUserId').ownerUserId,
      branchId: pick('branchId').branchId,
      tags: unionTags(records),
      consentEmail: consent.consentEmail,
      consentWhatsapp: consent.consentWhatsapp,
      consentSms: consent.consentSms,
      consentUpdatedAt: consent.consentUpdatedAt,
      customFields,
      lastActivityAt: latest(records.map((r) => r.lastActivityAt)),
      createdAt: earliest(records.map((r) => r.createdAt)),
    },
  }
}
