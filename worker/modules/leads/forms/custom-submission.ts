// A saved form's post: a validator built from its fields, then the answers sorted into the
// contact, the custom fields, the UTM parameters and the consents the visitor gave.
import { parsePhoneNumberFromString } from 'libphonenumber-js/min'
import { z } from 'zod'
import { sha256Hex } from '../../../lib/crypto.ts'
import { type FieldIssue, issuesOf } from '../../../lib/errors.ts'
import type { LeadConsent, LeadUtm } from '../lead-message.ts'
import { countrySchema, fieldSchema, tickSchema } from './field-schemas.ts'
import { CONTACT_KEYS, countryKeyOf, type FormDefinition, type FormField } from './form.model.ts'
import { FormSubmissionInvalid, type FormToRender } from './form-errors.ts'
import type { PostedBody } from './read-body.ts'

/** Names every saved form posts besides its fields (the honeypot is `website`). */
const EXTRAS = {
  formId: z.string(),
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{16,128}$/, 'Not a valid idempotency key'),
  website: z.string().max(200),
  language: z.string().regex(/^[a-z]{2}$/),
  rendered_at: z.string().regex(/^\d{1,15}$/),
  'cf-turnstile-response': z.string().max(4096),
}

export interface CustomAnswers {
  contact: { name: string; email: string | null; phone: string | null }
  phoneCountry: string | null
  message: string | null
  fields: Record<string, string>
  /** From the form's hidden UTM fields; null when none was posted. */
  utm: LeadUtm | null
  consent: LeadConsent | null
  extras: { [K in keyof typeof EXTRAS]?: string }
}

const isContactKey = (key: string) => (CONTACT_KEYS as readonly string[]).includes(key)

/** The posted values as the schema reads them: one string per name, a list for a multi-select. */
function inputOf(form: FormDefinition, body: PostedBody): Record<string, unknown> {
  const multi = new Set(form.fields.filter((f) => f.type === 'multi_select').map((f) => f.key))
  const input: Record<string, unknown> = {}
  for (const [name, list] of Object.entries(body.values)) {
    const present = list.map((v) => v.trim()).filter((v) => v !== '')
    if (present.length === 0) continue
    input[name] = multi.has(name) ? present : present.at(-1)
  }
  return input
}

function schemaOf(form: FormDefinition, today: string) {
  const shape: Record<string, z.ZodType> = { ...mapValues(EXTRAS, (s) => s.optional()) }
  for (const field of form.fields) {
    shape[field.key] = fieldSchema(field, today)
    if (field.type === 'phone') shape[countryKeyOf(field.key)] = countrySchema.optional()
  }
  if (form.consent)
    shape.consent = form.consent.required
      ? tickSchema('Please tick to agree')
      : tickSchema('Not a valid answer').optional()
  if (form.marketing) shape.marketing = tickSchema('Not a valid answer').optional()
  return z.strictObject(shape)
}

const mapValues = <T, U>(record: Record<string, T>, f: (v: T) => U) =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)])) as Record<string, U>

/** Phone numbers read in their country; a lead needs an email address or a phone number. */
function contactIssues(
  form: FormDefinition,
  data: Record<string, unknown>,
  fallbackCountry: string | null,
): FieldIssue[] {
  const issues: FieldIssue[] = []
  for (const field of form.fields) {
    const number = data[field.key]
    if (field.type !== 'phone' || typeof number !== 'string') continue
    const country =
      (data[countryKeyOf(field.key)] as string | undefined) ?? field.defaultCountry ?? fallbackCountry
    const parsed = parsePhoneNumberFromString(number, country as never)
    if (!parsed?.isValid())
      issues.push({
        path: field.key,
        message: country
          ? 'That phone number does not look right'
          : 'Please include the country code, such as +44',
      })
  }
  const keys = new Set(form.fields.map((f) => f.key))
  if (!data.email && !data.phone && (keys.has('email') || keys.has('phone')))
    issues.push({
      path: keys.has('email') ? 'email' : 'phone',
      message:
        keys.has('email') && keys.has('phone')
          ? 'Leave an email address or a phone number'
          : 'Please fill in this field',
    })
  return issues
}

async function consentRecord(text: string, at: string) {
  return { text, version: (await sha256Hex(text)).slice(0, 12), at }
}

function answerOf(field: FormField, value: unknown, country: string | undefined): string {
  if (Array.isArray(value)) return value.join(', ')
  if (field.type === 'phone')
    return parsePhoneNumberFromString(String(value), country as never)?.number ?? String(value)
  return String(value)
}

/**
 * Validates a post against a saved form. `today` is the branch's date (YYYY-MM-DD), for date
 * bounds; `country` its address country, the phone fields' default.
 */
export async function readCustomAnswers(
  body: PostedBody,
  render: Extract<FormToRender, { kind: 'custom' }>,
  now: Date,
): Promise<CustomAnswers> {
  const form = render.definition
  const result = schemaOf(form, render.today).safeParse(inputOf(form, body))
  const malformed = body.malformed.map((path) => ({ path, message: 'Please send text for this field' }))
  const issues = result.success ? contactIssues(form, result.data, render.country) : issuesOf(result.error)
  if (issues.length || malformed.length || !result.success)
    throw new FormSubmissionInvalid(render, body.values, [...malformed, ...issues])
  const data = result.data as Record<string, unknown>
  const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : null)
  const fields: Record<string, string> = {}
  const utm: LeadUtm = {}
  let phoneCountry: string | null = null
  for (const field of form.fields) {
    const value = data[field.key]
    if (value === undefined) continue
    const country = text(countryKeyOf(field.key)) ?? field.defaultCountry ?? render.country ?? undefined
    if (field.key === 'phone') phoneCountry = country ?? null
    if (field.type === 'hidden_utm' && field.utm) utm[field.utm.slice(4) as keyof LeadUtm] = String(value)
    else if (!isContactKey(field.key)) fields[field.key] = answerOf(field, value, country)
  }
  const at = now.toISOString()
  const contactConsent = form.consent && data.consent ? await consentRecord(form.consent.text, at) : null
  const marketing = form.marketing && data.marketing ? await consentRecord(form.marketing.text, at) : null
  return {
    contact: { name: text('name') ?? '', email: text('email'), phone: text('phone') },
    phoneCountry,
    message: text('message'),
    fields,
    utm: Object.keys(utm).length ? utm : null,
    consent: contactConsent || marketing ? { contact: contactConsent, marketing } : null,
    extras: pickExtras(data),
  }
}

function pickExtras(data: Record<string, unknown>): CustomAnswers['extras'] {
  const out: CustomAnswers['extras'] = {}
  for (const key of Object.keys(EXTRAS) as (keyof typeof EXTRAS)[])
    if (typeof data[key] === 'string') out[key] = data[key] as string
  return out
}
