// A condition's value, checked against the kind of field it is compared with. Every refusal is
// a 400 naming the condition's path and the field, so a filter builder can point at it.
import { ApiError } from '../../../lib/errors.ts'
import type { CrmCondition } from './filter.schemas.ts'

export type RawValue = CrmCondition['value']

const DAY = /^\d{4}-\d{2}-\d{2}$/
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})$/
// Relative to today: "-30d" (30 days ago), "+7d", "0d" (today).
const RELATIVE = /^[+-]?\d{1,5}d$/
const NUMERIC_TEXT = /^-?\d+(\.\d+)?$/

/** Where a bad value is reported, and how the field is called in the message. */
export interface ValueSite {
  path: string
  label: string
}

export function badValue(site: ValueSite, message: string): ApiError {
  return new ApiError('BAD_REQUEST', `${site.label}: ${message}`, {
    errors: [{ path: site.path, message }],
  })
}

export function oneString(site: ValueSite, value: RawValue): string {
  if (typeof value === 'string' && value !== '') return value
  throw badValue(site, 'needs a text value')
}

export function stringList(site: ValueSite, value: RawValue): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value]
  if (list.length === 0 || list.some((v) => typeof v !== 'string' || v === ''))
    throw badValue(site, 'needs a list of text values')
  return list as string[]
}

export function oneNumber(site: ValueSite, value: RawValue): number {
  const n = typeof value === 'string' && NUMERIC_TEXT.test(value.trim()) ? Number(value) : value
  if (typeof n === 'number' && Number.isFinite(n)) return n
  throw badValue(site, 'needs a number')
}

export function oneBoolean(site: ValueSite, value: RawValue): boolean {
  if (typeof value === 'boolean') return value
  if (value === 'true' || value === 'false') return value === 'true'
  throw badValue(site, 'needs true or false')
}

/** Two values for `between`, low first. */
export function pair(site: ValueSite, value: RawValue): [RawValue, RawValue] {
  if (Array.isArray(value) && value.length === 2) return [value[0], value[1]]
  throw badValue(site, '`between` needs two values: [from, to]')
}

/** A date value: a calendar day, an instant, or a number of days from today. */
export type DateValue =
  | { kind: 'day'; day: string }
  | { kind: 'instant'; at: string }
  | { kind: 'relative'; days: number }

export function oneDate(site: ValueSite, value: RawValue): DateValue {
  if (typeof value === 'string') {
    const text = value.trim()
    if (DAY.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`))) return { kind: 'day', day: text }
    if (INSTANT.test(text) && !Number.isNaN(Date.parse(text))) return { kind: 'instant', at: text }
    if (RELATIVE.test(text)) return { kind: 'relative', days: Number.parseInt(text, 10) }
  }
  throw badValue(site, 'needs a date (YYYY-MM-DD), a date-time with a zone, or days from today such as -30d')
}

/** Closed sets (lifecycle stage, deal status) refuse values outside them. */
export function checkEnum(site: ValueSite, allowed: readonly string[] | undefined, values: string[]): void {
  const wrong = allowed ? values.find((v) => !allowed.includes(v)) : undefined
  if (wrong !== undefined) throw badValue(site, `“${wrong}” is not one of: ${allowed?.join(', ')}`)
}
