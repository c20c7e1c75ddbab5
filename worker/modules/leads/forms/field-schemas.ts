// One zod schema per field type, built from the field's rules. The messages are written for the
// visitor: they appear beside the field on a page without scripts.
import { getCountries } from 'libphonenumber-js/min'
import { z } from 'zod'
import { compilePattern, type FormField } from './form.model.ts'

const TICKED = ['yes', 'on', 'true'] as const

/** Longest answers when a field sets no maximum. */
const DEFAULT_MAX: Partial<Record<FormField['type'], number>> = {
  text: 200,
  textarea: 2000,
  email: 254,
  phone: 32,
  hidden_utm: 200,
}

const REQUIRED: Record<FormField['type'], string> = {
  text: 'Please fill in this field',
  textarea: 'Please fill in this field',
  email: 'Please enter your email address',
  phone: 'Please enter your phone number',
  select: 'Please choose an option',
  multi_select: 'Please choose at least one option',
  date: 'Please pick a date',
  checkbox: 'Please tick this box',
  hidden_utm: 'Please fill in this field',
}

export const COUNTRIES = new Set<string>(getCountries())

export const countrySchema = z
  .string()
  .refine((code) => COUNTRIES.has(code), 'Please choose a country from the list')

export const tickSchema = (message: string) => z.enum(TICKED, { error: message }).transform(() => 'yes')

function textSchema(field: FormField) {
  const max = field.maxLength ?? DEFAULT_MAX[field.type] ?? 200
  let schema = z.string({ error: REQUIRED[field.type] }).max(max, `Please use at most ${max} characters`)
  if (field.minLength)
    schema = schema.min(field.minLength, `Please use at least ${field.minLength} characters`)
  const pattern = field.type === 'text' && field.pattern ? compilePattern(field.pattern) : null
  if (pattern) schema = schema.regex(pattern, field.patternMessage || 'This is not in the expected format')
  return schema
}

const isRealDate = (d: string) => {
  const parsed = new Date(`${d}T00:00:00Z`)
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(d)
}

/** Inclusive bounds of a date field, `today` (YYYY-MM-DD in the branch's zone) for futureOnly. */
export function dateBounds(field: FormField, today: string): { min?: string; max?: string } {
  const min = field.futureOnly && (!field.minDate || field.minDate < today) ? today : field.minDate
  return { min, max: field.maxDate }
}

function dateSchema(field: FormField, today: string) {
  const { min, max } = dateBounds(field, today)
  return z
    .string({ error: REQUIRED.date })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Please pick a date')
    .refine(isRealDate, 'Please pick a date')
    .refine((d) => !min || d >= min, `Please pick ${min} or later`)
    .refine((d) => !max || d <= max, `Please pick ${max} or earlier`)
}

function optionsSchema(field: FormField) {
  const values = (field.options ?? []).map((o) => o.value)
  return z.enum(values as [string, ...string[]], { error: REQUIRED[field.type] })
}

/** The schema of one field's answer; optional fields accept absence. */
export function fieldSchema(field: FormField, today: string): z.ZodType<string | string[] | undefined> {
  const schema: z.ZodType<string | string[]> = (() => {
    switch (field.type) {
      case 'email':
        return z
          .string({ error: REQUIRED.email })
          .toLowerCase()
          .max(254, 'That email address is too long')
          .pipe(z.email('That email address does not look right'))
      case 'select':
        return optionsSchema(field)
      case 'multi_select':
        return z
          .array(
            z.enum((field.options ?? []).map((o) => o.value) as [string, ...string[]], {
              error: 'Please choose from the options',
            }),
            { error: REQUIRED.multi_select },
          )
          .min(1, REQUIRED.multi_select)
      case 'date':
        return dateSchema(field, today)
      case 'checkbox':
        return tickSchema(REQUIRED.checkbox)
      default:
        return textSchema(field)
    }
  })()
  return field.required ? schema : schema.optional()
}
