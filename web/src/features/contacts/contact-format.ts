import type { CrmSort } from '../../../../worker/modules/crm/filters/filter.schemas.ts'
import { LIFECYCLE_CHOICES } from '../crm-views/filter-fields.ts'

export const LIFECYCLE_LABELS: Record<string, string> = Object.fromEntries(
  LIFECYCLE_CHOICES.map((c) => [c.value, c.label]),
)

/** The orders the list offers besides custom fields. */
export const SORT_FIELDS: readonly { value: string; label: string }[] = [
  { value: 'updatedAt', label: 'Last changed' },
  { value: 'createdAt', label: 'Created' },
  { value: 'name', label: 'Name' },
  { value: 'score', label: 'Score' },
  { value: 'lastActivityAt', label: 'Last activity' },
]

export const DEFAULT_SORT: CrmSort = { field: 'updatedAt', direction: 'desc' }

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' })
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

export const formatDate = (iso: string | null) => (iso ? dateFormat.format(new Date(iso)) : '')
export const formatDateTime = (iso: string | null) => (iso ? dateTimeFormat.format(new Date(iso)) : '')

/** The id of the contact a 409 names ("Contact con_… already has …"), to link to it. */
export const clashingContactId = (detail: string | undefined) =>
  detail?.match(/\bcon_[0-9A-Z]{26}\b/)?.[0] ?? null

export const tagsFromText = (text: string) => [
  ...new Set(
    text
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
  ),
]
