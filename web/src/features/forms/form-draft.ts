// The editor's copy of a form, and where the server's errors for it land.
import type { FormField, LeadForm } from './forms-api.ts'

export interface FormDraft {
  name: string
  fields: FormField[]
  consent: { text: string; required: boolean } | null
  marketing: { text: string } | null
  turnstile: boolean
  submitLabel: string
  successMessage: string
}

export const draftOf = (form: LeadForm): FormDraft => ({
  name: form.name,
  fields: form.fields,
  consent: form.consent,
  marketing: form.marketing,
  turnstile: form.turnstile,
  submitLabel: form.submitLabel,
  successMessage: form.successMessage,
})

/** Server errors by path (`fields.2.options`); `under(errors, 'fields.2')` gives that field's, by rule. */
export type Errors = ReadonlyMap<string, string>

export function under(errors: Errors, prefix: string): Errors {
  const out = new Map<string, string>()
  for (const [path, message] of errors)
    if (path.startsWith(`${prefix}.`)) out.set(path.slice(prefix.length + 1), message)
  return out
}

/** An error path as the person editing reads it: "Field 3 (Budget), options". */
export function describePath(path: string, draft: FormDraft): string {
  const match = /^fields\.(\d+)(?:\.(\w+))?/.exec(path)
  if (!match)
    return path === 'fields'
      ? 'Fields'
      : path.replace(/^consent\./, 'Consent ').replace(/^marketing\./, 'Marketing ')
  const index = Number(match[1])
  const field = draft.fields[index]
  const which = `Field ${index + 1}${field ? ` (${field.label})` : ''}`
  return match[2] ? `${which}, ${match[2]}` : which
}

const optional = (value: string) => (value.trim() === '' ? undefined : value)
export const optionalText = optional
export const optionalNumber = (value: string) => (value.trim() === '' ? undefined : Number(value))
