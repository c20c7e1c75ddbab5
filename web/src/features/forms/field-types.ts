// What the editor says about each field type, and the field a new one starts as.
import type { FormField, FormFieldType } from './forms-api.ts'

export const FIELD_TYPE_LABELS: Record<FormFieldType, string> = {
  text: 'Short text',
  textarea: 'Long text',
  email: 'E-mail address',
  phone: 'Phone number (with country)',
  select: 'Choose one',
  multi_select: 'Choose several',
  date: 'Date',
  checkbox: 'Tick box',
  hidden_utm: 'Hidden campaign (UTM) value',
}

export const UTM_LABELS = {
  utm_source: 'Source (utm_source)',
  utm_medium: 'Medium (utm_medium)',
  utm_campaign: 'Campaign (utm_campaign)',
  utm_term: 'Term (utm_term)',
  utm_content: 'Content (utm_content)',
} as const

/** The keys that fill the contact, and the type each must have. */
export const CONTACT_KEY_TYPES: Partial<Record<string, FormFieldType>> = {
  name: 'text',
  email: 'email',
  phone: 'phone',
  message: 'textarea',
}

/** A key free in `taken`, from the label where it gives one ("Move-in date" → move_in_date). */
export function keyFrom(label: string, taken: readonly string[]): string {
  const base =
    label
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^[^a-z]+|_+$/g, '')
      .slice(0, 36) || 'field'
  if (!taken.includes(base)) return base
  for (let n = 2; ; n++) if (!taken.includes(`${base}_${n}`)) return `${base}_${n}`
}

/** A new field of `type`, with a key no other field uses and what its type needs to be valid. */
export function newField(type: FormFieldType, taken: readonly string[]): FormField {
  const label = FIELD_TYPE_LABELS[type].replace(/ \(.*\)$/, '')
  const contact = Object.entries(CONTACT_KEY_TYPES).find(([key, t]) => t === type && !taken.includes(key))
  const key = contact ? contact[0] : keyFrom(label, taken)
  const field: FormField = { key, type, label, required: false }
  if (type === 'select' || type === 'multi_select')
    field.options = [
      { value: 'option_1', label: 'Option 1' },
      { value: 'option_2', label: 'Option 2' },
    ]
  if (type === 'hidden_utm') {
    const used = new Set(taken)
    const utm =
      (Object.keys(UTM_LABELS) as (keyof typeof UTM_LABELS)[]).find((u) => !used.has(u)) ?? 'utm_source'
    return { ...field, key: keyFrom(utm, taken), label: UTM_LABELS[utm], utm }
  }
  return field
}

/** The fields every new form starts with: the visitor's name, a way back, and a message. */
export const STARTER_FIELDS: FormField[] = [
  { key: 'name', type: 'text', label: 'Your name', required: true },
  { key: 'email', type: 'email', label: 'E-mail address', required: true },
  { key: 'phone', type: 'phone', label: 'Phone number', required: false },
  { key: 'message', type: 'textarea', label: 'Message', required: false },
]
