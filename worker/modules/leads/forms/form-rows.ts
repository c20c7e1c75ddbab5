// Row ⇄ model: a form is stored as columns (consent and marketing texts apart from the fields)
// and used as one FormDefinition by the renderer, the validator and the API.
import type { FormDefinition, FormSettings } from './form.model.ts'
import type { FormRow, NewFormRow } from './forms.repo.ts'
import type { LeadForm } from './forms.schemas.ts'

export function toDefinition(row: FormRow): FormDefinition {
  return {
    id: row.id,
    name: row.name,
    fields: row.fields,
    consent: row.consentText ? { text: row.consentText, required: row.consentRequired } : null,
    marketing: row.marketingText ? { text: row.marketingText } : null,
    turnstile: row.turnstile,
    submitLabel: row.submitLabel,
    successMessage: row.successMessage,
  }
}

export function toLeadForm(row: FormRow): LeadForm {
  const { id, name, ...settings } = toDefinition(row)
  return {
    id,
    siteId: row.siteId,
    name,
    ...settings,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    archivedAt: row.archivedAt?.toISOString() ?? null,
  }
}

export function settingsColumns(
  settings: FormSettings,
): Omit<NewFormRow, 'id' | 'tenantId' | 'siteId' | 'name' | 'updatedAt'> {
  return {
    fields: settings.fields,
    consentText: settings.consent?.text ?? null,
    consentRequired: settings.consent?.required ?? true,
    marketingText: settings.marketing?.text ?? null,
    turnstile: settings.turnstile,
    submitLabel: settings.submitLabel,
    successMessage: settings.successMessage,
  }
}
