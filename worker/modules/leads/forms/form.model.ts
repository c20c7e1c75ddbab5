// A lead form's definition: its fields, their rules, and the consent it asks for. Pure zod, shared
// by the API, the microsite renderer, the submission validator and the dashboard's form editor.
import { z } from '@hono/zod-openapi'

export const FORM_FIELD_TYPES = [
  'text',
  'textarea',
  'email',
  'phone',
  'select',
  'multi_select',
  'date',
  'checkbox',
  'hidden_utm',
] as const
export type FormFieldType = (typeof FORM_FIELD_TYPES)[number]

/** Keys that map onto the contact itself rather than a custom answer. */
export const CONTACT_KEYS = ['name', 'email', 'phone', 'message'] as const

export const UTM_KEYS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'] as const

const Key = z
  .string()
  .regex(
    /^[a-z][a-z0-9_]{0,39}$/,
    'Use lower-case letters, digits and _ (at most 40), starting with a letter',
  )

export const FormOption = z.strictObject({
  value: z.string().trim().min(1).max(80),
  label: z.string().trim().min(1).max(120),
})

export const FormField = z
  .strictObject({
    // Stable name of the answer (`name`, `email`, `phone`, `message` fill the contact).
    key: Key,
    type: z.enum(FORM_FIELD_TYPES),
    label: z.string().trim().min(1).max(120),
    help: z.string().trim().max(300).optional(),
    placeholder: z.string().trim().max(120).optional(),
    required: z.boolean().default(false),
    // text / textarea: length bounds and an optional pattern (a JavaScript regular expression
    // source, checked when the form is saved) with the message shown when it does not match.
    minLength: z.number().int().min(0).max(2000).optional(),
    maxLength: z.number().int().min(1).max(2000).optional(),
    pattern: z.string().max(200).optional(),
    patternMessage: z.string().trim().max(200).optional(),
    // select / multi_select.
    options: z.array(FormOption).max(50).optional(),
    // phone: the country preselected for national numbers (ISO 3166 alpha-2); else the branch's.
    defaultCountry: z.string().length(2).toUpperCase().optional(),
    // date: inclusive bounds as YYYY-MM-DD, or relative to today when `futureOnly`.
    minDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    maxDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    futureOnly: z.boolean().optional(),
    // hidden_utm: which UTM parameter it carries (read from the page address).
    utm: z.enum(UTM_KEYS).optional(),
  })
  .openapi('FormField')
export type FormField = z.infer<typeof FormField>

export const FormConsent = z
  .strictObject({
    // The consent to be contacted, which the visitor must tick when `required`.
    text: z.string().trim().min(1).max(1000),
    required: z.boolean().default(true),
  })
  .openapi('FormConsent')
export type FormConsent = z.infer<typeof FormConsent>

export const FormMarketing = z
  .strictObject({ text: z.string().trim().min(1).max(1000) })
  .openapi('FormMarketing')
export type FormMarketing = z.infer<typeof FormMarketing>

export const FormSettings = z
  .strictObject({
    fields: z.array(FormField).min(1).max(30),
    consent: FormConsent.nullable().default(null),
    marketing: FormMarketing.nullable().default(null),
    // Ask Cloudflare Turnstile (when the platform has a site key); no-JS visitors are marked, not refused.
    turnstile: z.boolean().default(true),
    submitLabel: z.string().trim().max(40).default(''),
    successMessage: z.string().trim().max(400).default(''),
  })
  .openapi('FormSettings')
export type FormSettings = z.infer<typeof FormSettings>

/** A saved form as the renderer and the submission validator see it. */
export interface FormDefinition extends FormSettings {
  id: string
  name: string
}

/** Names the form posts besides its fields' keys; a field may not take one. */
export const RESERVED_KEYS = ['website', 'language', 'consent', 'marketing', 'rendered_at'] as const

/** The type each contact key must have, so it can fill the contact. */
export const CONTACT_KEY_TYPES: Record<(typeof CONTACT_KEYS)[number], FormFieldType> = {
  name: 'text',
  email: 'email',
  phone: 'phone',
  message: 'textarea',
}

/** A phone field posts its number under its key and the chosen country under this name. */
export const countryKeyOf = (key: string) => `${key}_country`

/**
 * The anchored expression a field's pattern means, as the browser's `pattern` attribute reads
 * it (`v` flag); null when it does not compile.
 */
export function compilePattern(pattern: string): RegExp | null {
  try {
    return new RegExp(`^(?:${pattern})$`, 'v')
  } catch {
    return null
  }
}

// Which rules apply to which type; the others are dropped on save rather than kept as noise.
const RULES_BY_TYPE: Record<FormFieldType, readonly (keyof FormField)[]> = {
  text: ['placeholder', 'minLength', 'maxLength', 'pattern', 'patternMessage'],
  textarea: ['placeholder', 'minLength', 'maxLength'],
  email: ['placeholder'],
  phone: ['placeholder', 'defaultCountry'],
  select: ['options'],
  multi_select: ['options'],
  date: ['minDate', 'maxDate', 'futureOnly'],
  checkbox: [],
  hidden_utm: ['utm'],
}
const COMMON_KEYS: readonly (keyof FormField)[] = ['key', 'type', 'label', 'help', 'required']

/**
 * The field with only the rules its type uses. A hidden field is never required; the name
 * always is, since every lead has one.
 */
export function normaliseField(field: FormField): FormField {
  const keep = new Set([...COMMON_KEYS, ...RULES_BY_TYPE[field.type]])
  const out = Object.fromEntries(
    Object.entries(field).filter(([name, value]) => keep.has(name as keyof FormField) && value !== undefined),
  ) as FormField
  if (field.type === 'hidden_utm') return { ...out, required: false }
  return field.key === 'name' ? { ...out, required: true } : out
}

interface Issue {
  path: string
  message: string
}

function fieldIssues(field: FormField, at: string): Issue[] {
  const issues: Issue[] = []
  const named = `"${field.key}"`
  const contactType = CONTACT_KEY_TYPES[field.key as keyof typeof CONTACT_KEY_TYPES]
  if (contactType && field.type !== contactType)
    issues.push({ path: `${at}.type`, message: `The ${named} field must be of type ${contactType}` })
  if ((RESERVED_KEYS as readonly string[]).includes(field.key))
    issues.push({ path: `${at}.key`, message: `${named} is used by every form; choose another key` })
  if ((field.type === 'select' || field.type === 'multi_select') && !field.options?.length)
    issues.push({ path: `${at}.options`, message: `The ${named} field needs at least one option` })
  const values = field.options?.map((o) => o.value) ?? []
  if (new Set(values).size !== values.length)
    issues.push({ path: `${at}.options`, message: `The ${named} field has two options with the same value` })
  if (field.minLength !== undefined && field.maxLength !== undefined && field.minLength > field.maxLength)
    issues.push({
      path: `${at}.minLength`,
      message: `The ${named} field's minimum length is above its maximum`,
    })
  if (field.pattern !== undefined && !compilePattern(field.pattern))
    issues.push({
      path: `${at}.pattern`,
      message: `The ${named} field's pattern is not a valid regular expression`,
    })
  if (field.minDate && field.maxDate && field.minDate > field.maxDate)
    issues.push({ path: `${at}.minDate`, message: `The ${named} field's earliest date is after its latest` })
  if (field.type === 'hidden_utm' && !field.utm)
    issues.push({ path: `${at}.utm`, message: `The ${named} field must say which UTM parameter it carries` })
  return issues
}

/**
 * What the schema cannot say about a form: unique keys, contact keys of the right type, options
 * for selects, patterns that compile, bounds in order, and a way to reach the visitor.
 * @example formSettingsIssues(settings) // [{ path: 'fields.2.options', message: '…' }]
 */
export function formSettingsIssues(settings: Pick<FormSettings, 'fields'>): Issue[] {
  const issues = settings.fields.flatMap((field, i) => fieldIssues(field, `fields.${i}`))
  const seen = new Set<string>()
  settings.fields.forEach((field, i) => {
    if (seen.has(field.key))
      issues.push({ path: `fields.${i}.key`, message: `Two fields use the key "${field.key}"` })
    seen.add(field.key)
  })
  for (const [i, field] of settings.fields.entries()) {
    if (field.type === 'phone' && seen.has(countryKeyOf(field.key)))
      issues.push({
        path: `fields.${i}.key`,
        message: `"${countryKeyOf(field.key)}" is taken by the phone field's country`,
      })
  }
  const utms = settings.fields.flatMap((f) => (f.type === 'hidden_utm' && f.utm ? [f.utm] : []))
  if (new Set(utms).size !== utms.length)
    issues.push({ path: 'fields', message: 'Two hidden fields carry the same UTM parameter' })
  if (!seen.has('name')) issues.push({ path: 'fields', message: 'A form needs a "name" field (type text)' })
  if (!seen.has('email') && !seen.has('phone'))
    issues.push({
      path: 'fields',
      message: 'A form needs an "email" or a "phone" field, so the business can reply',
    })
  return issues
}

/** Today's date (YYYY-MM-DD) in a time zone, UTC when the zone is unknown: date bounds use it. */
export function todayIn(timeZone: string, now: Date): string {
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).formatToParts(now)
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
    return `${part('year')}-${part('month')}-${part('day')}`
  } catch {
    return now.toISOString().slice(0, 10)
  }
}
