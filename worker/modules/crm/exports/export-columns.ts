// The columns of a CRM export per entity: what each selects and how each cell is written.
// Headers are the names an import maps back (name, email, job_title, owner_email …), custom
// fields are headed by their label, so an exported file can be edited and imported again.
import { ApiError, type FieldIssue } from '../../../lib/errors.ts'
import type { FieldDef } from '../fields/field-defs.ts'
import type { CrmEntity } from '../fields/fields.tables.ts'

/** Names the export needs besides the rows: owners' e-mails and branches' names, by id. */
export interface Lookups {
  owners: Map<string, string>
  branches: Map<string, string>
}

type Row = Record<string, unknown>
type Cell = (row: Row, lookups: Lookups) => string | null

export interface ExportColumn {
  key: string
  header: string
  cell: Cell
}

const text: (key: string) => Cell = (key) => (row) => (row[key] == null ? null : String(row[key]))
const time: (key: string) => Cell = (key) => (row) =>
  row[key] instanceof Date ? (row[key] as Date).toISOString() : null
const list: (key: string) => Cell = (key) => (row) => ((row[key] as string[] | null) ?? []).join(', ')
const owner: Cell = (row, l) => (row.ownerUserId ? (l.owners.get(row.ownerUserId as string) ?? null) : null)
const branch: Cell = (row, l) => (row.branchId ? (l.branches.get(row.branchId as string) ?? null) : null)

/** Amounts are stored in minor units; the currency says how many digits follow the point. */
function amount(row: Row): string {
  const minor = Number(row.amountMinor ?? 0)
  let digits = 2
  try {
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency: String(row.currency) }).resolvedOptions()
        .maximumFractionDigits ?? 2
  } catch {
    // An unknown code keeps two digits.
  }
  return (minor / 10 ** digits).toFixed(digits)
}

const col = (key: string, header: string, cell: Cell = text(key)): ExportColumn => ({ key, header, cell })

const CONTACT_COLUMNS: ExportColumn[] = [
  col('id', 'id'),
  col('name', 'name'),
  col('email', 'email'),
  col('phone', 'phone'),
  col('otherEmails', 'other_emails', list('otherEmails')),
  col('otherPhones', 'other_phones', list('otherPhones')),
  col('company', 'company'),
  col('jobTitle', 'job_title'),
  col('tags', 'tags', list('tags')),
  col('lifecycleStage', 'lifecycle_stage'),
  col('source', 'source'),
  col('ownerEmail', 'owner_email', owner),
  col('branch', 'branch', branch),
  col('consentEmail', 'consent_email'),
  col('consentWhatsapp', 'consent_whatsapp'),
  col('consentSms', 'consent_sms'),
  col('score', 'score'),
  col('lastActivityAt', 'last_activity_at', time('lastActivityAt')),
  col('createdAt', 'created_at', time('createdAt')),
  col('updatedAt', 'updated_at', time('updatedAt')),
]

const COMPANY_COLUMNS: ExportColumn[] = [
  col('id', 'id'),
  col('name', 'name'),
  col('domain', 'domain'),
  col('website', 'website'),
  col('industry', 'industry'),
  col('employees', 'employees'),
  col('phone', 'phone'),
  col('city', 'city'),
  col('country', 'country'),
  col('parent', 'parent_company'),
  col('tags', 'tags', list('tags')),
  col('ownerEmail', 'owner_email', owner),
  col('branch', 'branch', branch),
  col('createdAt', 'created_at', time('createdAt')),
  col('updatedAt', 'updated_at', time('updatedAt')),
]

const DEAL_COLUMNS: ExportColumn[] = [
  col('id', 'id'),
  col('name', 'name'),
  col('pipeline', 'pipeline'),
  col('stage', 'stage'),
  col('status', 'status'),
  col('amount', 'amount', amount),
  col('currency', 'currency'),
  col('expectedCloseDate', 'expected_close_date'),
  col('contact', 'contact'),
  col('company', 'company'),
  col('ownerEmail', 'owner_email', owner),
  col('branch', 'branch', branch),
  col('closeReason', 'close_reason'),
  col('closedAt', 'closed_at', time('closedAt')),
  col('createdAt', 'created_at', time('createdAt')),
  col('updatedAt', 'updated_at', time('updatedAt')),
]

const BUILT_IN: Record<CrmEntity, ExportColumn[]> = {
  contact: CONTACT_COLUMNS,
  company: COMPANY_COLUMNS,
  deal: DEAL_COLUMNS,
}

function customColumn(def: FieldDef): ExportColumn {
  return {
    key: `custom.${def.key}`,
    header: def.label,
    cell: (row) => {
      const value = (row.customFields as Record<string, unknown> | null)?.[def.key]
      if (value == null) return null
      return Array.isArray(value) ? value.join(', ') : String(value)
    },
  }
}

/**
 * The columns to write: `wanted` (keys, in that order) or every built-in then every custom
 * field. An unknown key is a 400 naming `columns.<i>`.
 */
export function exportColumns(entity: CrmEntity, defs: readonly FieldDef[], wanted?: readonly string[]) {
  const all = [...BUILT_IN[entity], ...defs.map(customColumn)]
  if (!wanted || wanted.length === 0) return all
  const issues: FieldIssue[] = []
  const chosen = wanted.flatMap((key, i) => {
    const column = all.find((c) => c.key === key)
    if (!column) issues.push({ path: `columns.${i}`, message: `There is no column “${key}” to export` })
    return column ? [column] : []
  })
  if (issues.length > 0)
    throw new ApiError('BAD_REQUEST', issues.map((i) => i.message).join('; '), { errors: issues })
  return chosen
}
