import type { CrmEntity, CrmField } from './crm-fields-api.ts'

export const ENTITY_TABS: readonly { id: CrmEntity; label: string }[] = [
  { id: 'contact', label: 'Contacts' },
  { id: 'company', label: 'Companies' },
  { id: 'deal', label: 'Deals' },
]

export const TYPE_LABELS: Record<CrmField['type'], string> = {
  text: 'Text',
  number: 'Number',
  date: 'Date',
  select: 'Choice (one)',
  multi_select: 'Choices (several)',
  url: 'Web address',
}

export const hasOptions = (type: CrmField['type']) => type === 'select' || type === 'multi_select'

export const KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/

/** A key suggested from the label ("Annual budget (€)" → "annual_budget"), editable before saving. */
export function keyFromLabel(label: string): string {
  const words = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
  const key = /^[a-z]/.test(words) ? words : `f_${words}`
  return key.slice(0, 40).replace(/_+$/, '')
}

/** Options as typed, one per line: trimmed, blanks dropped. */
export const optionsFromText = (text: string) =>
  text
    .split('\n')
    .map((o) => o.trim())
    .filter(Boolean)
