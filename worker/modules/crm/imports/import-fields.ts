// What an import column can be mapped to, per entity, and the mapping suggested from a file's
// header names. Pure: the custom field definitions come in as an argument.
import { ApiError, type FieldIssue } from '../../../lib/errors.ts'
import type { FieldDef } from '../fields/field-defs.ts'
import type { ImportMapping } from './imports.tables.ts'

export const CONTACT_IMPORT_FIELDS = [
  'name',
  'firstName',
  'lastName',
  'email',
  'phone',
  'company',
  'companyDomain',
  'jobTitle',
  'tags',
  'lifecycleStage',
  'ownerEmail',
] as const

export const COMPANY_IMPORT_FIELDS = [
  'name',
  'domain',
  'website',
  'industry',
  'employees',
  'phone',
  'city',
  'country',
  'tags',
  'ownerEmail',
] as const

export type ImportEntity = 'contact' | 'company'
export const CUSTOM_PREFIX = 'custom.'

export const importFieldsOf = (entity: ImportEntity): readonly string[] =>
  entity === 'contact' ? CONTACT_IMPORT_FIELDS : COMPANY_IMPORT_FIELDS

/** Header spellings (lower case, letters and digits only) that mean each built-in field. */
const SYNONYMS: Record<ImportEntity, Record<string, readonly string[]>> = {
  contact: {
    name: ['name', 'fullname', 'contactname', 'contact', 'displayname', 'person'],
    firstName: ['firstname', 'givenname', 'first', 'forename'],
    lastName: ['lastname', 'surname', 'familyname', 'last'],
    email: ['email', 'emailaddress', 'mail', 'emails', 'workemail'],
    phone: [
      'phone',
      'phonenumber',
      'mobile',
      'mobilephone',
      'mobilenumber',
      'cell',
      'cellphone',
      'telephone',
      'tel',
      'whatsapp',
    ],
    company: ['company', 'companyname', 'organisation', 'organization', 'account', 'accountname', 'employer'],
    companyDomain: ['companydomain', 'domain', 'companywebsite'],
    jobTitle: ['jobtitle', 'title', 'position', 'role'],
    tags: ['tags', 'tag', 'labels', 'label'],
    lifecycleStage: ['lifecycle', 'lifecyclestage', 'stage'],
    ownerEmail: ['owner', 'owneremail', 'assignedto', 'assignee', 'salesperson'],
  },
  company: {
    name: ['name', 'company', 'companyname', 'organisation', 'organization', 'account', 'accountname'],
    domain: ['domain', 'companydomain'],
    website: ['website', 'url', 'web', 'homepage', 'site'],
    industry: ['industry', 'sector'],
    employees: ['employees', 'employeecount', 'headcount', 'size', 'staff', 'numberofemployees'],
    phone: ['phone', 'phonenumber', 'telephone', 'tel'],
    city: ['city', 'town'],
    country: ['country', 'countrycode'],
    tags: ['tags', 'tag', 'labels', 'label'],
    ownerEmail: ['owner', 'owneremail', 'assignedto', 'salesperson'],
  },
}

const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')

/** For each header, the field it most likely holds; headers nothing matches are left out. */
export function suggestMapping(entity: ImportEntity, headers: readonly string[], defs: readonly FieldDef[]) {
  const mapping: ImportMapping = {}
  const taken = new Set<string>()
  for (const header of headers) {
    const key = squash(header)
    const builtIn = Object.entries(SYNONYMS[entity]).find(([, names]) => names.includes(key))?.[0]
    const custom = defs.find((def) => squash(def.label) === key || squash(def.key) === key)
    const field = builtIn ?? (custom ? `${CUSTOM_PREFIX}${custom.key}` : undefined)
    if (field && !taken.has(field)) {
      mapping[header] = field
      taken.add(field)
    }
  }
  return mapping
}

/**
 * Refuses a mapping that names a column the file lacks, a field the entity lacks, or one
 * field twice, and one that leaves a required custom field unmapped (every row would fail).
 * Answers one 400 listing every problem, each at `mapping.<column>`.
 */
export function checkMapping(
  entity: ImportEntity,
  mapping: ImportMapping,
  headers: readonly string[],
  defs: readonly FieldDef[],
): void {
  const issues: FieldIssue[] = []
  const fields = importFieldsOf(entity)
  const seen = new Map<string, string>()
  for (const [column, field] of Object.entries(mapping)) {
    const path = `mapping.${column}`
    if (!headers.includes(column)) issues.push({ path, message: `The file has no column “${column}”` })
    const known = field.startsWith(CUSTOM_PREFIX)
      ? defs.some((def) => `${CUSTOM_PREFIX}${def.key}` === field)
      : fields.includes(field)
    if (!known) issues.push({ path, message: `“${field}” is not a field you can import into` })
    const earlier = seen.get(field)
    if (earlier !== undefined)
      issues.push({ path, message: `“${field}” is already mapped from the column “${earlier}”` })
    seen.set(field, column)
  }
  for (const def of defs) {
    if (def.required && !seen.has(`${CUSTOM_PREFIX}${def.key}`))
      issues.push({ path: 'mapping', message: `Map a column to the required custom field “${def.label}”` })
  }
  const identity =
    entity === 'contact' ? ['name', 'firstName', 'lastName', 'email', 'phone'] : ['name', 'domain']
  if (!identity.some((field) => seen.has(field)))
    issues.push({
      path: 'mapping',
      message:
        entity === 'contact'
          ? 'Map at least one column to a name, e-mail or phone'
          : 'Map at least one column to the company name or domain',
    })
  if (issues.length > 0)
    throw new ApiError('BAD_REQUEST', issues.map((i) => i.message).join('; '), { errors: issues })
}
