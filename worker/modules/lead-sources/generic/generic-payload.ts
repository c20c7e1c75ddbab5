// A generic webhook body: any JSON object. The source's mapping names where the contact is
// (dotted paths for nested objects); other scalar values become lead fields, utm_* the UTM.
import type { LeadUtm } from '../../leads/lead-message.ts'

export interface Mapping {
  name: string
  email: string
  phone: string
  message: string
}

const MAX_FIELDS = 50
const MAX_DEPTH = 4
const UTM_KEYS = ['source', 'medium', 'campaign', 'term', 'content'] as const

/** The value at a dotted path (`contact.email`), as text when it is a string or a number. */
export function textAt(body: Record<string, unknown>, path: string): string | null {
  let value: unknown = body
  for (const key of path.split('.')) {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return null
    value = (value as Record<string, unknown>)[key]
  }
  if (typeof value === 'string') return value.trim() || null
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return null
}

export function readGenericLead(body: Record<string, unknown>, mapping: Mapping) {
  const contact = {
    name: textAt(body, mapping.name),
    email: textAt(body, mapping.email),
    phone: textAt(body, mapping.phone),
  }
  const message = textAt(body, mapping.message)
  const taken = new Set([mapping.name, mapping.email, mapping.phone, mapping.message, 'id'])
  const fields: Record<string, string> = {}
  const utm: LeadUtm = {}
  for (const [path, value] of scalars(body, '', 0)) {
    if (taken.has(path)) continue
    const utmKey = /^utm[_.](source|medium|campaign|term|content)$/.exec(path)?.[1] as
      | (typeof UTM_KEYS)[number]
      | undefined
    if (utmKey) utm[utmKey] = value.slice(0, 200)
    else if (Object.keys(fields).length < MAX_FIELDS) fields[path] = value
  }
  return { contact, message, fields, utm: Object.keys(utm).length > 0 ? utm : null }
}

/** Every string, number or boolean, by dotted path; arrays of scalars joined with ", ". */
function* scalars(value: unknown, path: string, depth: number): Generator<[string, string]> {
  if (typeof value === 'string') {
    if (value.trim()) yield [path, value.trim()]
  } else if (typeof value === 'number' || typeof value === 'boolean') {
    yield [path, String(value)]
  } else if (Array.isArray(value)) {
    const items = value.filter((v) => ['string', 'number', 'boolean'].includes(typeof v)).map(String)
    if (items.length > 0 && path) yield [path, items.join(', ')]
  } else if (value && typeof value === 'object' && depth < MAX_DEPTH) {
    for (const [key, inner] of Object.entries(value))
      yield* scalars(inner, path ? `${path}.${key}` : key, depth + 1)
  }
}
