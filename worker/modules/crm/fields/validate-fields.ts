import type { FieldIssue } from '../../../lib/errors.ts'
import { ApiError } from '../../../lib/errors.ts'
import type { CustomFieldValues } from '../contacts/contacts.tables.ts'
import type { FieldDef } from './field-defs.ts'

export const MAX_CUSTOM_TEXT = 2000
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
// Spreadsheets and CSV imports hand numbers over as text; a plain decimal is unambiguous.
const NUMERIC_TEXT = /^-?\d+(\.\d+)?$/

type Checked = { ok: true; value: string | number | string[] | null } | { ok: false; message: string }
const fail = (message: string): Checked => ({ ok: false, message })
const ok = (value: string | number | string[] | null): Checked => ({ ok: true, value })

function isBlank(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  )
}

function isCalendarDate(text: string): boolean {
  const m = DATE.exec(text)
  if (!m) return false
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return date.toISOString().slice(0, 10) === text
}

/** Case-insensitive match, answered with the option as defined so stored values stay canonical. */
function optionOf(def: FieldDef, value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const wanted = value.trim().toLowerCase()
  return def.options.find((option) => option.toLowerCase() === wanted)
}

function checkValue(def: FieldDef, value: unknown): Checked {
  const name = `Custom field “${def.label}”`
  switch (def.type) {
    case 'text':
      if (typeof value !== 'string') return fail(`${name} must be text`)
      if (value.length > MAX_CUSTOM_TEXT) return fail(`${name} must be at most ${MAX_CUSTOM_TEXT} characters`)
      return ok(value.trim())
    case 'number': {
      const n = typeof value === 'string' && NUMERIC_TEXT.test(value.trim()) ? Number(value) : value
      if (typeof n !== 'number' || !Number.isFinite(n)) return fail(`${name} must be a number`)
      if (Math.abs(n) > 1e15) return fail(`${name} is too large`)
      return ok(n)
    }
    case 'date':
      if (typeof value !== 'string' || !isCalendarDate(value.trim()))
        return fail(`${name} must be a date as YYYY-MM-DD`)
      return ok(value.trim())
    case 'select': {
      const option = optionOf(def, value)
      return option === undefined ? fail(`${name} must be one of: ${def.options.join(', ')}`) : ok(option)
    }
    case 'multi_select': {
      if (!Array.isArray(value)) return fail(`${name} must be a list of options`)
      const chosen: string[] = []
      for (const item of value) {
        const option = optionOf(def, item)
        if (option === undefined)
          return fail(`${name}: “${String(item)}” is not one of: ${def.options.join(', ')}`)
        if (!chosen.includes(option)) chosen.push(option)
      }
      return ok(chosen)
    }
    case 'url':
      return checkUrl(name, value)
  }
}

function checkUrl(name: string, value: unknown): Checked {
  if (typeof value !== 'string' || value.length > MAX_CUSTOM_TEXT)
    return fail(`${name} must be a web address`)
  try {
    const url = new URL(value.trim())
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      return fail(`${name} must be an http or https address`)
    return ok(url.href)
  } catch {
    return fail(`${name} must be a web address starting with http:// or https://`)
  }
}

/**
 * Checks a record's custom field values against the entity's live definitions and answers them
 * normalised (trimmed text, numbers as numbers, canonical options, blank as null). Unknown and
 * archived keys are refused. Required fields must hold a value, except in a `partial` write (a
 * PATCH), where only the keys sent are checked, and clearing a required one is still refused.
 * Throws one 400 naming every field that fails, so nothing is written half-checked.
 */
export function validateCustomFields(
  defs: readonly FieldDef[],
  values: unknown,
  { partial, path = 'customFields' }: { partial: boolean; path?: string },
): CustomFieldValues {
  const input = values ?? {}
  if (typeof input !== 'object' || Array.isArray(input))
    throw new ApiError('BAD_REQUEST', 'Custom fields must be an object of values by field key', {
      errors: [{ path, message: 'Must be an object' }],
    })
  const byKey = new Map(defs.map((def) => [def.key, def]))
  const issues: FieldIssue[] = []
  const out: CustomFieldValues = {}
  for (const [key, value] of Object.entries(input)) {
    const def = byKey.get(key)
    if (!def) {
      issues.push({
        path: `${path}.${key}`,
        message: `There is no custom field “${key}” (or it is archived)`,
      })
      continue
    }
    if (isBlank(value)) {
      if (def.required)
        issues.push({ path: `${path}.${key}`, message: `Custom field “${def.label}” is required` })
      else out[key] = null
      continue
    }
    const checked = checkValue(def, value)
    if (checked.ok) out[key] = checked.value
    else issues.push({ path: `${path}.${key}`, message: checked.message })
  }
  if (!partial) {
    for (const def of defs) {
      if (def.required && !(def.key in input))
        issues.push({ path: `${path}.${def.key}`, message: `Custom field “${def.label}” is required` })
    }
  }
  if (issues.length > 0)
    throw new ApiError('BAD_REQUEST', issues.map((issue) => issue.message).join('; '), { errors: issues })
  return out
}

/**
 * Applies checked values over what a record holds: a null clears the field, and cleared or
 * archived-field values already stored are kept as they were unless named.
 */
export function mergeCustomFields(current: CustomFieldValues, changes: CustomFieldValues): CustomFieldValues {
  const merged: CustomFieldValues = { ...current }
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete merged[key]
    else merged[key] = value
  }
  return merged
}
