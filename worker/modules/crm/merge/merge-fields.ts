// Which value of each field the merged record keeps: the one the person chose (by naming the
// record to take it from), else the primary's, else the first other record's that has one.
// Pure, so the preview the dialog shows and the merge itself can never disagree.

import { ApiError, type FieldIssue } from '../../../lib/errors.ts'
import type { CustomFieldValues } from '../contacts/contacts.tables.ts'

export interface MergeField<R> {
  key: string
  label: string
  read: (record: R) => unknown
  /** The default source when nobody chose, if not "the first record that has a value". */
  preferred?: (records: R[]) => R
}

export interface Mergeable {
  id: string
  customFields: CustomFieldValues
}

/** `fields` of a merge request: field key → id of the record to take that field from. */
export type FieldChoices = Record<string, string>

const CUSTOM = 'custom.'

const isBlank = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)

/** Every custom field key any of the records has a value for, in first-seen order. */
export const customKeysOf = (records: Mergeable[]) => [
  ...new Set(records.flatMap((r) => Object.keys(r.customFields).filter((k) => !isBlank(r.customFields[k])))),
]

/**
 * A 400 naming each choice that is not a field of this kind of record (nor a custom field some
 * record has or the tenant defines) or names a record outside the merge.
 */
export function checkChoices<R>(
  specs: MergeField<R>[],
  customKeys: string[],
  ids: string[],
  choices: FieldChoices,
): void {
  const known = new Set([...specs.map((s) => s.key), ...customKeys.map((k) => CUSTOM + k)])
  const errors: FieldIssue[] = []
  for (const [key, id] of Object.entries(choices)) {
    if (!known.has(key))
      errors.push({ path: `fields.${key}`, message: `“${key}” is not a field that can be merged` })
    else if (!ids.includes(id))
      errors.push({ path: `fields.${key}`, message: `${id} is not one of the records being merged` })
  }
  if (errors.length > 0)
    throw new ApiError('BAD_REQUEST', errors.map((e) => e.message).join('; '), { errors })
}

/** The record whose value a field takes (records in merge order, the primary first). */
export function sourceOf<R extends Mergeable>(
  records: R[],
  spec: Pick<MergeField<R>, 'key' | 'read' | 'preferred'>,
  choices: FieldChoices,
): R {
  const chosen = choices[spec.key] && records.find((r) => r.id === choices[spec.key])
  if (chosen) return chosen
  if (spec.preferred) return spec.preferred(records)
  return records.find((r) => !isBlank(spec.read(r))) ?? records[0]!
}

/**
 * The record each field takes its value from (`sources`, by field key, custom ones as
 * `custom.<key>`) and the merged custom field values; `pick(key)` is that record.
 */
export function chooseSources<R extends Mergeable>(
  specs: MergeField<R>[],
  records: R[],
  choices: FieldChoices,
) {
  const sources: Record<string, string> = {}
  const picked = new Map<string, R>()
  for (const spec of specs) {
    const source = sourceOf(records, spec, choices)
    sources[spec.key] = source.id
    picked.set(spec.key, source)
  }
  const customFields: CustomFieldValues = {}
  for (const key of customKeysOf(records)) {
    const source = sourceOf(records, { key: CUSTOM + key, read: (r) => r.customFields[key] }, choices)
    sources[CUSTOM + key] = source.id
    const value = source.customFields[key]
    if (value !== undefined && !isBlank(value)) customFields[key] = value
  }
  const pick = (key: string): R => picked.get(key) ?? records[0]!
  return { sources, customFields, pick }
}

/** Values from every record, the kept one left out, each once (compared by `keyOf`). */
export function othersOf(
  all: (string | null)[],
  kept: string | null,
  keyOf: (v: string) => string,
): string[] {
  const seen = new Set(kept ? [keyOf(kept)] : [])
  const out: string[] = []
  for (const value of all) {
    if (!value || seen.has(keyOf(value))) continue
    seen.add(keyOf(value))
    out.push(value)
  }
  return out
}

/** Tags of all records, each once, the primary's first. */
export const unionTags = (records: { tags: string[] }[]) => [...new Set(records.flatMap((r) => r.tags))]
