import type { companies } from '../contacts/contacts.tables.ts'
import { chooseSources, type FieldChoices, type MergeField, unionTags } from './merge-fields.ts'

export type CompanyRecord = typeof companies.$inferSelect

/** The fields a company merge chooses between. */
export const COMPANY_MERGE_FIELDS: MergeField<CompanyRecord>[] = [
  { key: 'name', label: 'Name', read: (r) => r.name },
  { key: 'domain', label: 'Domain', read: (r) => r.domain },
  { key: 'website', label: 'Website', read: (r) => r.website },
  { key: 'phone', label: 'Phone', read: (r) => r.phone },
  { key: 'industry', label: 'Industry', read: (r) => r.industry },
  { key: 'employees', label: 'Employees', read: (r) => r.employees },
  { key: 'city', label: 'City', read: (r) => r.city },
  { key: 'country', label: 'Country', read: (r) => r.country },
  { key: 'parentId', label: 'Parent company', read: (r) => r.parentId },
  { key: 'ownerUserId', label: 'Owner', read: (r) => r.ownerUserId },
  { key: 'branchId', label: 'Branch', read: (r) => r.branchId },
]

/** A parent that is one of the merged companies (a subsidiary merged into its group) is none. */
const parentOutside = (records: CompanyRecord[]) => {
  const ids = new Set(records.map((r) => r.id))
  return (r: CompanyRecord) => (r.parentId && !ids.has(r.parentId) ? r.parentId : null)
}

/** The fields for merging these companies (their parent read as parentOutside says). */
export function companyMergeFields(records: CompanyRecord[]): MergeField<CompanyRecord>[] {
  const read = parentOutside(records)
  return COMPANY_MERGE_FIELDS.map((spec) => (spec.key === 'parentId' ? { ...spec, read } : spec))
}

/** The primary company as it is after the merge; with no parent of its own it takes the next record's. */
export function mergedCompany(records: CompanyRecord[], choices: FieldChoices) {
  const parentOf = parentOutside(records)
  const specs = companyMergeFields(records)
  const { sources, customFields, pick } = chooseSources(specs, records, choices)
  return {
    sources,
    values: {
      name: pick('name').name,
      domain: pick('domain').domain,
      website: pick('website').website,
      phone: pick('phone').phone,
      industry: pick('industry').industry,
      employees: pick('employees').employees,
      city: pick('city').city,
      country: pick('country').country,
      parentId: parentOf(pick('parentId')),
      ownerUserId: pick('ownerUserId').ownerUserId,
      branchId: pick('branchId').branchId,
      tags: unionTags(records),
      customFields,
      createdAt: new Date(Math.min(...records.map((r) => r.createdAt.getTime()))),
    },
  }
}
