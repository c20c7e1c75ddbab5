import { tagsFromText } from '../contacts/contact-format.ts'
import type { CustomFieldValues } from '../crm-fields/CustomFieldInputs.tsx'
import type { RecordChoice } from '../deals/deals-api.ts'
import type { Company } from './companies-api.ts'

/** The company form's state: text as typed, turned into a request body on submit. */
export interface CompanyDraft {
  name: string
  domain: string
  website: string
  industry: string
  employees: string
  phone: string
  phoneCountry: string
  city: string
  country: string
  parent: RecordChoice | null
  ownerUserId: string
  branchId: string
  tags: string
  customFields: CustomFieldValues
}

export const emptyCompanyDraft = (): CompanyDraft => ({
  name: '',
  domain: '',
  website: '',
  industry: '',
  employees: '',
  phone: '',
  phoneCountry: '',
  city: '',
  country: '',
  parent: null,
  ownerUserId: '',
  branchId: '',
  tags: '',
  customFields: {},
})

export const companyDraftOf = (c: Company): CompanyDraft => ({
  name: c.name,
  domain: c.domain ?? '',
  website: c.website ?? '',
  industry: c.industry ?? '',
  employees: c.employees === null ? '' : String(c.employees),
  phone: c.phone ?? '',
  phoneCountry: '',
  city: c.city ?? '',
  country: c.country ?? '',
  parent: c.parent ? { id: c.parent.id, name: c.parent.name, detail: '' } : null,
  ownerUserId: c.ownerUserId ?? '',
  branchId: c.branchId ?? '',
  tags: c.tags.join(', '),
  customFields: c.customFields,
})

const orNull = (text: string) => (text.trim() === '' ? null : text.trim())

/**
 * The body for POST or PATCH: blanks become null so clearing a field clears it, except a blank
 * owner on a new company, left out so the server makes its creator the owner. A number of
 * employees that is not a number is sent as typed, for the server to name.
 */
export function companyBodyOf(draft: CompanyDraft, mode: 'new' | 'edit', liveKeys: readonly string[]) {
  const owner = orNull(draft.ownerUserId)
  const employees = draft.employees.trim()
  return {
    name: draft.name.trim(),
    domain: orNull(draft.domain),
    website: orNull(draft.website),
    industry: orNull(draft.industry),
    employees: employees === '' ? null : Number.isFinite(Number(employees)) ? Number(employees) : employees,
    phone: orNull(draft.phone),
    ...(draft.phoneCountry.trim() ? { phoneCountry: draft.phoneCountry.trim().toUpperCase() } : {}),
    city: orNull(draft.city),
    country: orNull(draft.country),
    parentId: draft.parent?.id ?? null,
    ...(owner || mode === 'edit' ? { ownerUserId: owner } : {}),
    branchId: orNull(draft.branchId),
    tags: tagsFromText(draft.tags),
    // Values of archived fields stay on the record but are not sent back: the server refuses them.
    customFields: Object.fromEntries(
      Object.entries(draft.customFields).filter(([key]) => liveKeys.includes(key)),
    ),
  }
}

/** The id of the company a 409 names ("Acme (cmp_…) already has the domain …"), to link to it. */
export const clashingCompanyId = (detail: string | undefined) =>
  detail?.match(/\bcmp_[0-9A-Z]{26}\b/)?.[0] ?? null
