// One CSV record read through the mapping into a contact or company to write, or the reasons
// it cannot be: the same checks for the preview and for the run, so what the user confirmed
// is what is imported. Pure: definitions, members and the country come in as arguments.
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/min'
import { z } from 'zod'
import { ApiError } from '../../../lib/errors.ts'
import { type CustomFieldValues, LIFECYCLE_STAGES, type LifecycleStage } from '../contacts/contacts.tables.ts'
import type { FieldDef } from '../fields/field-defs.ts'
import { validateCustomFields } from '../fields/validate-fields.ts'
import { CUSTOM_PREFIX, type ImportEntity } from './import-fields.ts'
import type { ImportMapping, ImportRowProblem } from './imports.tables.ts'

export interface ContactRow {
  row: number
  name: string
  email: string | null
  phone: string | null
  jobTitle: string | null
  tags: string[]
  lifecycleStage: LifecycleStage | null
  ownerUserId: string | null
  customFields: CustomFieldValues
  company: string | null
  companyDomain: string | null
}

export interface CompanyRow {
  row: number
  name: string
  domain: string | null
  website: string | null
  industry: string | null
  employees: number | null
  phone: string | null
  city: string | null
  country: string | null
  tags: string[]
  ownerUserId: string | null
  customFields: CustomFieldValues
}

/** What reading rows needs besides the row: the file's shape and the tenant's settings. */
export interface RowContext {
  entity: ImportEntity
  headers: readonly string[]
  mapping: ImportMapping
  defs: readonly FieldDef[]
  /** Members by lower-cased e-mail address, for an owner column. */
  members: ReadonlyMap<string, string>
  /** Where national phone numbers are read (ISO 3166 alpha-2), when the tenant has one. */
  country: string | null
}

export type RowResult<T> = { ok: true; value: T } | { ok: false; problems: ImportRowProblem[] }

const MAX_TEXT = 200
const MAX_TAGS = 30
const Email = z.email()
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/

/** An e-mail address as stored (lower case), null when blank, or a problem. */
export function readEmail(raw: string): string | null | Error {
  const email = raw.trim().toLowerCase()
  if (!email) return null
  return email.length <= 254 && Email.safeParse(email).success
    ? email
    : new Error(`“${raw.trim()}” is not an e-mail address`)
}

/** E.164, reading national numbers in `country`; null when blank, or a problem. */
export function readPhone(raw: string, country: string | null): string | null | Error {
  const text = raw.trim()
  if (!text) return null
  try {
    const parsed = parsePhoneNumberFromString(
      text,
      country ? { defaultCountry: country.toUpperCase() as CountryCode } : undefined,
    )
    if (parsed?.isValid()) return parsed.number
  } catch {
    // Falls through to the problem below.
  }
  return new Error(
    country
      ? `“${text}” is not a valid phone number (national numbers are read as ${country.toUpperCase()})`
      : `“${text}” is not a valid phone number; write it with its country code (+…)`,
  )
}

/** A bare domain from a domain or web address ("https://www.Acme.com/x" → "acme.com"). */
export function readDomain(raw: string): string | null | Error {
  const text = raw.trim().toLowerCase()
  if (!text) return null
  const host = text
    .replace(/^[a-z]+:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/^www\./, '')
  return DOMAIN.test(host) ? host : new Error(`“${raw.trim()}” is not a domain name`)
}

function readWebsite(raw: string): string | null | Error {
  const text = raw.trim()
  if (!text) return null
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`)
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.')) return url.href
  } catch {
    // Falls through to the problem below.
  }
  return new Error(`“${text}” is not a web address`)
}

export const splitList = (raw: string) => [
  ...new Set(
    raw
      .split(/[,;|]/)
      .map((t) => t.trim())
      .filter(Boolean),
  ),
]

/** Reads one mapped record; collects every problem of the row rather than stopping at the first. */
class RowReader {
  readonly problems: ImportRowProblem[] = []
  readonly row: number
  readonly ctx: RowContext
  private readonly byField = new Map<string, string>()

  constructor(row: number, fields: readonly string[], ctx: RowContext) {
    this.row = row
    this.ctx = ctx
    ctx.headers.forEach((header, i) => {
      const field = ctx.mapping[header]
      if (field) this.byField.set(field, fields[i] ?? '')
    })
  }

  problem(field: string | undefined, message: string) {
    this.problems.push({ row: this.row, ...(field ? { field } : {}), message })
  }

  text(field: string, max = MAX_TEXT): string | null {
    const value = (this.byField.get(field) ?? '').replace(/\s+/g, ' ').trim()
    if (value.length > max) {
      this.problem(field, `Longer than ${max} characters`)
      return null
    }
    return value || null
  }

  checked(field: string, read: (raw: string) => string | null | Error): string | null {
    const value = read(this.byField.get(field) ?? '')
    if (value instanceof Error) {
      this.problem(field, value.message)
      return null
    }
    return value
  }

  tags(): string[] {
    const tags = splitList(this.byField.get('tags') ?? '')
    if (tags.length > MAX_TAGS || tags.some((t) => t.length > 40)) {
      this.problem('tags', `At most ${MAX_TAGS} tags of up to 40 characters each`)
      return []
    }
    return tags
  }

  owner(): string | null {
    const email = (this.byField.get('ownerEmail') ?? '').trim().toLowerCase()
    if (!email) return null
    const userId = this.ctx.members.get(email)
    if (!userId) this.problem('ownerEmail', `No member of this organisation has the e-mail “${email}”`)
    return userId ?? null
  }

  customFields(): CustomFieldValues {
    const values: Record<string, unknown> = {}
    for (const def of this.ctx.defs) {
      const field = `${CUSTOM_PREFIX}${def.key}`
      if (!this.byField.has(field)) continue
      const raw = this.byField.get(field) ?? ''
      values[def.key] = def.type === 'multi_select' ? splitList(raw) : raw
    }
    try {
      return validateCustomFields(this.ctx.defs, values, { partial: true, path: 'custom' })
    } catch (error) {
      if (!(error instanceof ApiError)) throw error
      for (const issue of error.extra.errors ?? [{ path: 'custom', message: error.message }])
        this.problem(issue.path, issue.message)
      return {}
    }
  }

  result<T>(value: T): RowResult<T> {
    return this.problems.length > 0 ? { ok: false, problems: this.problems } : { ok: true, value }
  }
}

function lifecycle(reader: RowReader): LifecycleStage | null {
  const raw = reader.text('lifecycleStage')?.toLowerCase()
  if (!raw) return null
  const stage = LIFECYCLE_STAGES.find((s) => s === raw)
  if (!stage) reader.problem('lifecycleStage', `Must be one of: ${LIFECYCLE_STAGES.join(', ')}`)
  return stage ?? null
}

function readContact(reader: RowReader): RowResult<ContactRow> {
  const first = reader.text('firstName')
  const last = reader.text('lastName')
  const email = reader.checked('email', readEmail)
  const phone = reader.checked('phone', (raw) => readPhone(raw, reader.ctx.country))
  const name = reader.text('name') ?? ([first, last].filter(Boolean).join(' ') || null)
  const value: ContactRow = {
    row: reader.row,
    name: name ?? email ?? phone ?? '',
    email,
    phone,
    jobTitle: reader.text('jobTitle', 120),
    tags: reader.tags(),
    lifecycleStage: lifecycle(reader),
    ownerUserId: reader.owner(),
    customFields: reader.customFields(),
    company: reader.text('company'),
    companyDomain: reader.checked('companyDomain', readDomain),
  }
  if (!value.name && reader.problems.length === 0)
    reader.problem(undefined, 'A contact needs a name, an e-mail address or a phone number')
  return reader.result(value)
}

function readCompany(reader: RowReader): RowResult<CompanyRow> {
  const domain = reader.checked('domain', readDomain)
  const employeesText = reader.text('employees')
  const employees = employeesText === null ? null : Number(employeesText.replace(/[\s,._]/g, ''))
  if (employees !== null && !(Number.isInteger(employees) && employees >= 0 && employees < 10_000_000))
    reader.problem('employees', `“${employeesText}” is not a number of employees`)
  const value: CompanyRow = {
    row: reader.row,
    name: reader.text('name') ?? domain ?? '',
    domain,
    website: reader.checked('website', readWebsite),
    industry: reader.text('industry'),
    employees: employees !== null && Number.isInteger(employees) ? employees : null,
    phone: reader.checked('phone', (raw) => readPhone(raw, reader.ctx.country)),
    city: reader.text('city'),
    country: reader.text('country', 80),
    tags: reader.tags(),
    ownerUserId: reader.owner(),
    customFields: reader.customFields(),
  }
  if (!value.name && reader.problems.length === 0)
    reader.problem(undefined, 'A company needs a name or a domain')
  return reader.result(value)
}

/**
 * Row `row` (1-based data row) of the file as a record to write, or its problems: a record the
 * CSV reader could not read, a field count unlike the header's, and every field check.
 */
export function readRow(
  ctx: RowContext,
  row: number,
  record: { fields: string[] | null; error: string | null },
): RowResult<ContactRow | CompanyRow> {
  if (!record.fields) return { ok: false, problems: [{ row, message: record.error ?? 'Unreadable row' }] }
  if (record.fields.length !== ctx.headers.length) {
    return {
      ok: false,
      problems: [
        { row, message: `Has ${record.fields.length} fields; the header has ${ctx.headers.length}` },
      ],
    }
  }
  const reader = new RowReader(row, record.fields, ctx)
  return ctx.entity === 'contact' ? readContact(reader) : readCompany(reader)
}
