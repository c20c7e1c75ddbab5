import type { CrmField } from '../crm-fields/crm-fields-api.ts'
import { type BuiltInFieldKind, CUSTOM_KIND } from '../crm-views/filter-fields.ts'

/** How a field is compared: the kinds of the contact list filters, but for ids. */
export type FieldKind = Exclude<BuiltInFieldKind, 'id'>

export interface FitField {
  /** What the rule sends: `jobTitle`, `custom.budget`, `company.employees`, `company.custom.tier`. */
  name: string
  label: string
  kind: FieldKind
  options?: readonly string[]
}

export const OPS_BY_KIND: Record<FieldKind, readonly string[]> = {
  text: ['eq', 'neq', 'contains', 'not_contains', 'starts_with', 'is_empty', 'is_not_empty'],
  enum: ['eq', 'neq', 'in', 'not_in', 'is_empty', 'is_not_empty'],
  tags: ['contains', 'not_contains', 'has_any', 'has_all', 'is_empty', 'is_not_empty'],
  number: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'between', 'is_empty', 'is_not_empty'],
  boolean: ['eq', 'neq'],
  date: ['gt', 'gte', 'lt', 'lte', 'between', 'is_empty', 'is_not_empty'],
}

const CONTACT_FIELDS: FitField[] = [
  { name: 'jobTitle', label: 'Job title', kind: 'text' },
  { name: 'email', label: 'E-mail', kind: 'text' },
  { name: 'tags', label: 'Tags', kind: 'tags' },
  {
    name: 'lifecycleStage',
    label: 'Lifecycle stage',
    kind: 'enum',
    options: ['subscriber', 'lead', 'qualified', 'opportunity', 'customer', 'evangelist', 'other'],
  },
  { name: 'consentEmail', label: 'Agreed to e-mails', kind: 'boolean' },
  { name: 'consentWhatsapp', label: 'Agreed to WhatsApp', kind: 'boolean' },
  { name: 'consentSms', label: 'Agreed to SMS', kind: 'boolean' },
  { name: 'createdAt', label: 'Added on', kind: 'date' },
]

const COMPANY_FIELDS: FitField[] = [
  { name: 'company.employees', label: 'Company: employees', kind: 'number' },
  { name: 'company.industry', label: 'Company: industry', kind: 'text' },
  { name: 'company.city', label: 'Company: city', kind: 'text' },
  { name: 'company.country', label: 'Company: country', kind: 'text' },
  { name: 'company.domain', label: 'Company: domain', kind: 'text' },
  { name: 'company.tags', label: 'Company: tags', kind: 'tags' },
]

const custom = (field: CrmField, prefix: string, labelPrefix: string): FitField => ({
  name: `${prefix}custom.${field.key}`,
  label: `${labelPrefix}${field.label}`,
  kind: CUSTOM_KIND[field.type],
  options: field.options,
})

/** Every field a fit rule can test: the contact's, its custom fields, its primary company's. */
export function fitFields(
  contactFields: readonly CrmField[],
  companyFields: readonly CrmField[],
): FitField[] {
  return [
    ...CONTACT_FIELDS,
    ...contactFields.map((f) => custom(f, '', '')),
    ...COMPANY_FIELDS,
    ...companyFields.map((f) => custom(f, 'company.', 'Company: ')),
  ]
}

const LIST_OPS = new Set(['in', 'not_in', 'has_any', 'has_all'])

/** The value as typed, in the shape the API wants for the field and operator. */
export function parseValue(
  field: FitField,
  op: string,
  text: string,
): string | number | boolean | (string | number)[] | undefined {
  if (op === 'is_empty' || op === 'is_not_empty') return undefined
  const one = (raw: string) => (field.kind === 'number' && raw.trim() !== '' ? Number(raw) : raw.trim())
  if (field.kind === 'boolean') return text === 'true'
  if (LIST_OPS.has(op) || op === 'between')
    return text
      .split(',')
      .map((part) => one(part))
      .filter((part) => part !== '')
  return one(text)
}

export const valueToText = (value: unknown) =>
  Array.isArray(value) ? value.join(', ') : value === undefined || value === null ? '' : String(value)
