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

export const FormMarketing = z
  .strictObject({ text: z.string().trim().min(1).max(1000) })
  .openapi('FormMarketing')

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
