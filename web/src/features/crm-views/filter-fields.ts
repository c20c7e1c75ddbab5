// What the filter builder offers for each list: built-in fields with a label and the kind of
// value they hold (the same kinds the server's FILTER_FIELDS names), plus the custom fields.
import type { CrmEntity } from '../../../../worker/modules/crm/fields/fields.tables.ts'
import type {
  BuiltInFieldKind,
  CrmCondition,
  CrmFilter,
  FilterOp,
} from '../../../../worker/modules/crm/filters/filter.schemas.ts'

export type { BuiltInFieldKind, CrmCondition, FilterOp }

export interface Choice {
  value: string
  label: string
}

/** A field one can filter on: its name in the filter (`custom.<key>` for custom fields). */
export interface FilterField {
  name: string
  label: string
  kind: BuiltInFieldKind
  /** Closed sets (lifecycle stage, select options) and pickers passed in (owners, branches). */
  choices?: readonly Choice[]
}

/** A custom field definition as the fields API gives it. */
export interface CustomDef {
  key: string
  label: string
  type: 'text' | 'number' | 'date' | 'select' | 'multi_select' | 'url'
  options: readonly string[]
}

const choices = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }))

export const LIFECYCLE_CHOICES: readonly Choice[] = [
  { value: 'subscriber', label: 'Subscriber' },
  { value: 'lead', label: 'Lead' },
  { value: 'qualified', label: 'Qualified' },
  { value: 'opportunity', label: 'Opportunity' },
  { value: 'customer', label: 'Customer' },
  { value: 'evangelist', label: 'Evangelist' },
  { value: 'other', label: 'Other' },
]

const BUILT_IN: Record<CrmEntity, FilterField[]> = {
  contact: [
    { name: 'name', label: 'Name', kind: 'text' },
    { name: 'email', label: 'E-mail', kind: 'text' },
    { name: 'phone', label: 'Phone', kind: 'text' },
    { name: 'jobTitle', label: 'Job title', kind: 'text' },
    { name: 'ownerUserId', label: 'Owner', kind: 'id' },
    { name: 'branchId', label: 'Branch', kind: 'id' },
    { name: 'companyId', label: 'Company', kind: 'id' },
    { name: 'tags', label: 'Tags', kind: 'tags' },
    { name: 'lifecycleStage', label: 'Lifecycle stage', kind: 'enum', choices: LIFECYCLE_CHOICES },
    { name: 'source', label: 'Source', kind: 'enum' },
    { name: 'score', label: 'Score', kind: 'number' },
    { name: 'consentEmail', label: 'E-mail consent', kind: 'boolean' },
    { name: 'consentWhatsapp', label: 'WhatsApp consent', kind: 'boolean' },
    { name: 'consentSms', label: 'SMS consent', kind: 'boolean' },
    { name: 'createdAt', label: 'Created', kind: 'date' },
    { name: 'updatedAt', label: 'Last changed', kind: 'date' },
    { name: 'lastActivityAt', label: 'Last activity', kind: 'date' },
  ],
  company: [
    { name: 'name', label: 'Name', kind: 'text' },
    { name: 'domain', label: 'Domain', kind: 'text' },
    { name: 'industry', label: 'Industry', kind: 'text' },
    { name: 'employees', label: 'Employees', kind: 'number' },
    { name: 'city', label: 'City', kind: 'text' },
    { name: 'country', label: 'Country', kind: 'text' },
    { name: 'parentId', label: 'Parent company', kind: 'id' },
    { name: 'ownerUserId', label: 'Owner', kind: 'id' },
    { name: 'branchId', label: 'Branch', kind: 'id' },
    { name: 'tags', label: 'Tags', kind: 'tags' },
    { name: 'createdAt', label: 'Created', kind: 'date' },
    { name: 'updatedAt', label: 'Last changed', kind: 'date' },
  ],
  deal: [
    { name: 'name', label: 'Name', kind: 'text' },
    { name: 'pipelineId', label: 'Pipeline', kind: 'id' },
    { name: 'stageId', label: 'Stage', kind: 'id' },
    { name: 'status', label: 'Status', kind: 'enum', choices: choices(['open', 'won', 'lost']) },
    { name: 'amountMinor', label: 'Value (minor units)', kind: 'number' },
    { name: 'currency', label: 'Currency', kind: 'enum' },
    { name: 'expectedCloseDate', label: 'Expected close', kind: 'date' },
    { name: 'ownerUserId', label: 'Owner', kind: 'id' },
    { name: 'branchId', label: 'Branch', kind: 'id' },
    { name: 'contactId', label: 'Contact', kind: 'id' },
    { name: 'companyId', label: 'Company', kind: 'id' },
    { name: 'closedAt', label: 'Closed', kind: 'date' },
    { name: 'createdAt', label: 'Created', kind: 'date' },
    { name: 'updatedAt', label: 'Last changed', kind: 'date' },
  ],
}

/** How a custom field's values compare; never 'id', which only built-in references hold. */
export const CUSTOM_KIND: Record<CustomDef['type'], Exclude<BuiltInFieldKind, 'id'>> = {
  text: 'text',
  url: 'text',
  number: 'number',
  date: 'date',
  select: 'enum',
  multi_select: 'tags',
}

/**
 * Every field of the entity's list: built-ins first, then custom fields. `choices` adds pickers
 * for id fields by name (e.g. `{ ownerUserId: members, branchId: branches }`).
 */
export function filterFieldsFor(
  entity: CrmEntity,
  customDefs: readonly CustomDef[],
  extraChoices: Partial<Record<string, readonly Choice[]>> = {},
): FilterField[] {
  const builtIn = BUILT_IN[entity].map((f) =>
    extraChoices[f.name] ? { ...f, choices: extraChoices[f.name] } : f,
  )
  const custom = customDefs.map((def) => ({
    name: `custom.${def.key}`,
    label: def.label,
    kind: CUSTOM_KIND[def.type],
    ...(def.options.length > 0 ? { choices: choices(def.options) } : {}),
  }))
  return [...builtIn, ...custom]
}

export const OPS_BY_KIND: Record<BuiltInFieldKind, readonly FilterOp[]> = {
  text: ['contains', 'eq', 'neq', 'not_contains', 'starts_with', 'is_empty', 'is_not_empty'],
  id: ['eq', 'neq', 'in', 'not_in', 'is_empty', 'is_not_empty'],
  enum: ['eq', 'neq', 'in', 'not_in', 'is_empty', 'is_not_empty'],
  tags: ['contains', 'not_contains', 'has_any', 'has_all', 'is_empty', 'is_not_empty'],
  number: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'between', 'is_empty', 'is_not_empty'],
  boolean: ['eq'],
  date: ['gte', 'lte', 'eq', 'between', 'is_empty', 'is_not_empty'],
}

export const OP_LABELS: Record<FilterOp, string> = {
  eq: 'is',
  neq: 'is not',
  contains: 'contains',
  not_contains: 'does not contain',
  starts_with: 'starts with',
  gt: 'is more than',
  gte: 'is at least',
  lt: 'is less than',
  lte: 'is at most',
  between: 'is between',
  in: 'is any of',
  not_in: 'is none of',
  has_any: 'has any of',
  has_all: 'has all of',
  is_empty: 'is empty',
  is_not_empty: 'is not empty',
}

const DATE_OP_LABELS: Partial<Record<FilterOp, string>> = {
  gte: 'is on or after',
  lte: 'is on or before',
  eq: 'is on',
}

export const opLabel = (kind: BuiltInFieldKind, op: FilterOp) =>
  (kind === 'date' ? DATE_OP_LABELS[op] : undefined) ?? OP_LABELS[op]

export const takesNoValue = (op: FilterOp) => op === 'is_empty' || op === 'is_not_empty'
export const takesList = (op: FilterOp) =>
  op === 'in' || op === 'not_in' || op === 'has_any' || op === 'has_all'

export const NO_FILTER: CrmFilter = { match: 'all', conditions: [] }

/** Whether a condition has what its operator needs, so it can be sent. */
export function isComplete(c: CrmCondition): boolean {
  if (takesNoValue(c.op)) return true
  if (Array.isArray(c.value)) return c.value.length > 0 && c.value.every((v) => v !== '')
  return c.value !== undefined && c.value !== ''
}
