// Turns the OpenAPI document into requests aimed at tenant A: A's real ids in every path
// parameter, id-like query parameter and id-like body field; plausible values elsewhere.
import { ID_PREFIXES, type IdKind, newId } from '../../../worker/lib/ids.ts'

type Schema = Record<string, any>
export interface OpenApiDoc {
  paths: Record<string, Record<string, Operation>>
  components?: { schemas?: Record<string, Schema> }
}
export interface Operation {
  parameters?: { name: string; in: string; required?: boolean; schema?: Schema }[]
  requestBody?: { content?: Record<string, { schema?: Schema }> }
}
export interface Probe {
  method: string
  path: string
  url: string
  body?: string
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const
/** Past this many combinations of candidate ids, a route is probed with the first few only. */
const MAX_COMBINATIONS = 6

// Names routes use for an id, to the kind of id they carry.
const ALIASES: Record<string, string[]> = {
  member: ['membership', 'user'],
  key: ['apiKey'],
  version: ['siteVersion'],
  export: ['dataExport'],
  event: ['auditEvent'],
  audit: ['auditEvent'],
  invite: ['invitation'],
  credential: ['passkey'],
  login: ['qrLogin'],
  organisation: ['tenant'],
  org: ['tenant'],
  actor: ['user', 'apiKey'],
  target: ['apiKey', 'site', 'user'],
  requestedBy: ['user'],
  invitedBy: ['user'],
  createdBy: ['user'],
  form: ['leadForm'],
  source: ['leadSource'],
  rule: ['routingRule'],
  endpoint: ['webhookEndpoint'],
  delivery: ['webhookDelivery', 'sourceDelivery'],
  owner: ['user'],
  ownerUser: ['user'],
}

export function operations(doc: OpenApiDoc) {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((method) => ({ method, path, op: item[method]! })),
  )
}

/** The id kinds a parameter or field name points at: `siteId` → site, `{id}` under `/api-keys` → apiKey. */
function kindsOf(name: string, path: string, aIds: Record<string, string[]>): string[] {
  let base = name.replace(/Ids?$/, '')
  if (base === 'id' || base === '') {
    const segment =
      path
        .split('/')
        .filter((s) => s && !s.startsWith('{'))
        .at(-1) ?? ''
    base = segment.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()).replace(/s$/, '')
  }
  const alias = ALIASES[base]
  if (alias) return alias
  const kind = [...Object.keys(aIds), ...Object.keys(ID_PREFIXES)].find(
    (k) => k.toLowerCase() === base.toLowerCase(),
  )
  return kind ? [kind] : []
}

const looksLikeId = (name: string) => /(^id|Ids?)$/.test(name)

/** Tenant A's ids for a name, or a fresh id of the right prefix when A has none of that kind. */
export function idsFor(name: string, path: string, aIds: Record<string, string[]>): string[] {
  const kinds = kindsOf(name, path, aIds)
  const real = kinds.flatMap((k) => aIds[k] ?? [])
  if (real.length > 0) return real
  const known = kinds.find((k) => k in ID_PREFIXES) as IdKind | undefined
  return [
    known
      ? newId(known)
      : `${name.replace(/Id$/, '').slice(0, 4).toLowerCase()}_${newId('request').slice(4)}`,
  ]
}

function combinations(lists: string[][]): string[][] {
  return lists.reduce<string[][]>(
    (acc, list) => acc.flatMap((prefix) => list.map((v) => [...prefix, v])),
    [[]],
  )
}

function resolve(schema: Schema | undefined, doc: OpenApiDoc): Schema {
  if (!schema) return {}
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.split('/').at(-1)!
    return resolve(doc.components?.schemas?.[name], doc)
  }
  return schema
}

/** A value the schema accepts, as far as a generic generator can tell, with A's ids in id fields. */
export function sample(
  raw: Schema | undefined,
  doc: OpenApiDoc,
  aIds: Record<string, string[]>,
  name = '',
  depth = 0,
): unknown {
  const schema = resolve(raw, doc)
  if (depth > 6) return undefined
  const choice = schema.anyOf ?? schema.oneOf
  if (Array.isArray(choice)) {
    const first = choice.map((s: Schema) => resolve(s, doc)).find((s: Schema) => s.type !== 'null') ?? {}
    return sample(first, doc, aIds, name, depth + 1)
  }
  if (Array.isArray(schema.allOf)) {
    return Object.assign({}, ...schema.allOf.map((s: Schema) => sample(s, doc, aIds, name, depth + 1)))
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t: string) => t !== 'null') : schema.type
  // A field named like an id whose pattern no id of ours could match (a section's `id`) is not one.
  const pattern = typeof schema.pattern === 'string' ? new RegExp(schema.pattern) : null
  if (name && looksLikeId(name) && (type === 'string' || type === 'array' || !type)) {
    const ids = idsFor(name.replace(/s$/, ''), '', aIds).filter((id) => !pattern || pattern.test(id))
    if (ids.length > 0) return type === 'array' ? ids.slice(0, 1) : ids[0]
  }
  if ('const' in schema) return schema.const
  if (Array.isArray(schema.enum)) return schema.enum[0]
  // Never A's address: a public route given it would act on A's account by design (sign-in, reset).
  if (type === 'string' && (schema.format === 'email' || /email/i.test(name))) {
    return `probe-${crypto.randomUUID().slice(0, 8)}@isolation.example`
  }
  if (schema.example !== undefined) return schema.example
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0]
  if (schema.default !== undefined) return schema.default
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {}
      const required = new Set<string>(schema.required ?? [])
      for (const [key, prop] of Object.entries<Schema>(schema.properties ?? {})) {
        if (required.has(key) || looksLikeId(key)) out[key] = sample(prop, doc, aIds, key, depth + 1)
      }
      return out
    }
    case 'array': {
      const count = Math.max(1, schema.minItems ?? 1)
      return Array.from({ length: count }, () => sample(schema.items, doc, aIds, '', depth + 1))
    }
    case 'integer':
    case 'number':
      return schema.minimum ?? 1
    case 'boolean':
      return true
    case 'string': {
      if (schema.format === 'date-time') return new Date().toISOString()
      if (schema.format === 'uri' || schema.format === 'url') return 'https://isolation.example/'
      const min = schema.minLength ?? 1
      const text = 'isolation-probe-value-'.padEnd(Math.max(min, 22), 'x')
      return schema.maxLength ? text.slice(0, schema.maxLength) : text
    }
    default:
      return {}
  }
}

/** One request per combination of A's candidate ids for the path parameters. */
export function probesFor(
  method: string,
  path: string,
  op: Operation,
  doc: OpenApiDoc,
  aIds: Record<string, string[]>,
): Probe[] {
  const pathParams = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)
  const choices = combinations(pathParams.map((p) => idsFor(p, path, aIds))).slice(0, MAX_COMBINATIONS)
  const query = new URLSearchParams()
  for (const param of op.parameters ?? []) {
    if (param.in !== 'query') continue
    if (looksLikeId(param.name)) query.set(param.name, idsFor(param.name, path, aIds)[0]!)
    else if (param.required) query.set(param.name, String(sample(param.schema, doc, aIds, param.name)))
  }
  const jsonSchema = op.requestBody?.content?.['application/json']?.schema
  const needsBody = ['post', 'put', 'patch'].includes(method) || jsonSchema !== undefined
  return choices.map((values) => {
    let url = path
    pathParams.forEach((p, i) => {
      url = url.replace(`{${p}}`, encodeURIComponent(values[i]!))
    })
    if (query.size > 0) url += `?${query}`
    // Sampled per request, so every request gets its own fresh e-mail addresses.
    const body = needsBody ? JSON.stringify(jsonSchema ? sample(jsonSchema, doc, aIds) : {}) : undefined
    return { method: method.toUpperCase(), path, url, body }
  })
}
