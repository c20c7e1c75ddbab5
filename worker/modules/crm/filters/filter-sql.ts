// The one compiler from a CrmFilter to SQL, shared by every CRM list, saved view, export, bulk
// action and scoring's fit rules, so a filter means the same rows everywhere it is used.
import { and, not, or, type SQL, sql } from 'drizzle-orm'
import { ApiError } from '../../../lib/errors.ts'
import { contacts } from '../contacts/contacts.tables.ts'
import type { CrmEntity } from '../fields/fields.tables.ts'
import type { CrmCondition, CrmFilter, FilterOp } from './filter.schemas.ts'
import { ENTITY_TABLES, type FilterFieldDef, type ResolvedField, resolveField } from './filter-columns.ts'
import { dateSql } from './filter-dates.ts'
import {
  checkEnum,
  oneBoolean,
  oneNumber,
  oneString,
  pair,
  type RawValue,
  stringList,
  type ValueSite,
} from './filter-values.ts'

export type { FilterFieldDef } from './filter-columns.ts'
export { type CrmSortPlan, sortSql } from './sort-sql.ts'

/** `%`, `_` and the escape character match themselves inside an ILIKE pattern. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`)
const ilike = (expr: SQL, pattern: string) => sql`${expr} ilike ${pattern} escape '\\'`
const notIlike = (expr: SQL, pattern: string) => sql`coalesce(${expr}, '') not ilike ${pattern} escape '\\'`
const list = (values: readonly (string | number)[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )
const textArray = (values: readonly string[]) => sql`array[${list(values)}]::text[]`

/** Partial phone numbers: the digits typed, without a national trunk zero, three at least. */
export function phoneDigitsOf(q: string): string | undefined {
  // "+44 (0)20 …": the bracketed trunk zero is dialled only at home, E.164 never holds it.
  const digits = q.replace(/\(0\)/g, '').replace(/[\s()+./-]/g, '')
  if (!/^\d+$/.test(digits)) return undefined
  const significant = digits.replace(/^0+/, '')
  return significant.length >= 3 ? significant : undefined
}

const OPS_BY_KIND: Record<ResolvedField['kind'], readonly FilterOp[]> = {
  text: ['eq', 'neq', 'contains', 'not_contains', 'starts_with', 'in', 'not_in', 'is_empty', 'is_not_empty'],
  id: ['eq', 'neq', 'in', 'not_in', 'is_empty', 'is_not_empty'],
  enum: ['eq', 'neq', 'in', 'not_in', 'is_empty', 'is_not_empty'],
  tags: ['eq', 'contains', 'not_contains', 'has_any', 'has_all', 'is_empty', 'is_not_empty'],
  number: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'between', 'is_empty', 'is_not_empty'],
  boolean: ['eq', 'neq'],
  date: ['eq', 'gt', 'gte', 'lt', 'lte', 'between', 'is_empty', 'is_not_empty'],
}

function textSql(entity: CrmEntity, f: ResolvedField, op: FilterOp, value: RawValue, site: ValueSite): SQL {
  const expr = f.expr
  if (entity === 'contact' && f.name === 'phone' && (op === 'contains' || op === 'not_contains')) {
    const digits = phoneDigitsOf(oneString(site, value))
    if (!digits)
      throw new ApiError('BAD_REQUEST', `${f.label}: needs three digits or more`, {
        errors: [{ path: site.path, message: 'needs three digits or more' }],
      })
    const match = sql`${contacts.phoneDigits} like ${`%${digits}%`}`
    return op === 'contains' ? match : sql`not coalesce(${match}, false)`
  }
  switch (op) {
    case 'eq':
      return ilike(expr, escapeLike(oneString(site, value)))
    case 'neq':
      return notIlike(expr, escapeLike(oneString(site, value)))
    case 'contains':
      return ilike(expr, `%${escapeLike(oneString(site, value))}%`)
    case 'not_contains':
      return notIlike(expr, `%${escapeLike(oneString(site, value))}%`)
    case 'starts_with':
      return ilike(expr, `${escapeLike(oneString(site, value))}%`)
    case 'in':
      return sql`lower(${expr}) in (${list(stringList(site, value).map((v) => v.toLowerCase()))})`
    case 'not_in':
      return sql`(${expr} is null or lower(${expr}) not in (${list(stringList(site, value).map((v) => v.toLowerCase()))}))`
    default:
      return emptySql(f, op)
  }
}

/** A custom field's JSON holds `value` for its key: answered from the GIN index on custom_fields. */
function holds(entity: CrmEntity, key: string, value: unknown): SQL {
  return sql`${ENTITY_TABLES[entity].customFields} @> ${JSON.stringify({ [key]: value })}::jsonb`
}

function idSql(entity: CrmEntity, f: ResolvedField, op: FilterOp, value: RawValue, site: ValueSite): SQL {
  if (entity === 'contact' && f.name === 'companyId' && (op === 'is_empty' || op === 'is_not_empty'))
    return linkedCompanySql(op === 'is_not_empty' ? 'eq' : 'neq', null)
  if (op === 'is_empty' || op === 'is_not_empty') return emptySql(f, op)
  const values = op === 'eq' || op === 'neq' ? [oneString(site, value)] : stringList(site, value)
  checkEnum(site, f.enumValues, values)
  if (entity === 'contact' && f.name === 'companyId') return linkedCompanySql(op, values)
  const match = f.custom
    ? (or(...values.map((v) => holds(entity, f.custom?.key ?? '', v))) as SQL)
    : sql`${f.expr} in (${list(values)})`
  return op === 'eq' || op === 'in' ? match : sql`not coalesce(${match}, false)`
}

/** Linked to any of `values` (to any company at all when null), or, for neq/not_in, not. */
function linkedCompanySql(op: FilterOp, values: string[] | null): SQL {
  // Qualified by hand: Drizzle leaves names bare in one-table selects, fatal in a correlated subquery.
  const which = values ? sql` and cc.company_id in (${list(values)})` : sql``
  const linked = sql`exists (select 1 from contact_companies cc join companies lc on lc.id = cc.company_id and lc.deleted_at is null where cc.contact_id = "contacts"."id" and cc.tenant_id = "contacts"."tenant_id"${which})`
  return op === 'eq' || op === 'in' ? linked : sql`not ${linked}`
}

function tagsSql(entity: CrmEntity, f: ResolvedField, op: FilterOp, value: RawValue, site: ValueSite): SQL {
  if (op === 'is_empty' || op === 'is_not_empty') return emptySql(f, op)
  const values = op === 'has_any' || op === 'has_all' ? stringList(site, value) : [oneString(site, value)]
  const key = f.custom?.key
  const all = (vs: string[]) => (key ? holds(entity, key, vs) : sql`${f.expr} @> ${textArray(vs)}`)
  if (op === 'has_all') return all(values)
  if (op === 'has_any')
    return key
      ? (or(...values.map((v) => holds(entity, key, [v]))) as SQL)
      : sql`${f.expr} && ${textArray(values)}`
  return op === 'not_contains' ? not(all(values)) : all(values)
}

function numberSql(f: ResolvedField, op: FilterOp, value: RawValue, site: ValueSite): SQL {
  const e = f.expr
  switch (op) {
    case 'eq':
      return sql`${e} = ${oneNumber(site, value)}`
    case 'neq':
      return sql`${e} is distinct from ${oneNumber(site, value)}`
    case 'gt':
      return sql`${e} > ${oneNumber(site, value)}`
    case 'gte':
      return sql`${e} >= ${oneNumber(site, value)}`
    case 'lt':
      return sql`${e} < ${oneNumber(site, value)}`
    case 'lte':
      return sql`${e} <= ${oneNumber(site, value)}`
    case 'between': {
      const [from, to] = pair(site, value)
      return sql`${e} between ${oneNumber(site, from)} and ${oneNumber(site, to)}`
    }
    default:
      return emptySql(f, op)
  }
}

function emptySql(f: ResolvedField, op: FilterOp): SQL {
  const def = f.custom
  let empty: SQL
  if (def?.type === 'multi_select')
    empty = sql`coalesce(jsonb_array_length(case when jsonb_typeof(${f.json}) = 'array' then ${f.json} end), 0) = 0`
  else if (def) empty = sql`coalesce(${f.expr}::text, '') = ''`
  else if (f.kind === 'tags') empty = sql`cardinality(${f.expr}) = 0`
  else if (f.kind === 'text') empty = sql`coalesce(${f.expr}, '') = ''`
  else empty = sql`${f.expr} is null`
  return op === 'is_empty' ? empty : not(empty)
}

function conditionSql(
  entity: CrmEntity,
  c: CrmCondition,
  defs: readonly FilterFieldDef[],
  path: string,
): SQL {
  const f = resolveField(entity, c.field, defs, `${path}.field`)
  if (!OPS_BY_KIND[f.kind].includes(c.op))
    throw new ApiError('BAD_REQUEST', `${f.label} cannot be compared with “${c.op}”`, {
      errors: [{ path: `${path}.op`, message: `Use one of: ${OPS_BY_KIND[f.kind].join(', ')}` }],
    })
  const site = { path: `${path}.value`, label: f.label }
  switch (f.kind) {
    case 'text':
      return textSql(entity, f, c.op, c.value, site)
    case 'id':
    case 'enum':
      return idSql(entity, f, c.op, c.value, site)
    case 'tags':
      return tagsSql(entity, f, c.op, c.value, site)
    case 'number':
      return numberSql(f, c.op, c.value, site)
    case 'boolean':
      return c.op === 'eq'
        ? sql`${f.expr} = ${oneBoolean(site, c.value)}`
        : sql`${f.expr} <> ${oneBoolean(site, c.value)}`
    case 'date':
      return c.op === 'is_empty' || c.op === 'is_not_empty'
        ? emptySql(f, c.op)
        : dateSql(f, c.op, c.value, site)
  }
}

/**
 * Free text as typed in a list's search box: a misspelled name (trigram similarity), part of a
 * name or address (ILIKE, served by the trigram indexes too) and, for contacts, part of a phone.
 */
export function searchSql(entity: CrmEntity, q: string): SQL | undefined {
  const text = q.trim()
  if (!text) return undefined
  const pattern = `%${escapeLike(text)}%`
  const name = ENTITY_TABLES[entity].name
  const byName = or(sql`${name} % ${text}`, sql`${text} <% ${name}`, ilike(sql`${name}`, pattern))
  if (entity === 'deal') return byName
  if (entity === 'company') return or(byName, ilike(sql`${ENTITY_TABLES.company.domain}`, pattern))
  const digits = phoneDigitsOf(text)
  return or(
    byName,
    ilike(sql`${contacts.email}`, pattern),
    digits ? sql`${contacts.phoneDigits} like ${`%${digits}%`}` : undefined,
  )
}

/**
 * The WHERE condition for `filter` on `entity` (undefined when it filters nothing). Callers AND
 * it with the tenant and `deleted_at is null`. Unknown fields, operators a field does not take
 * and values of the wrong type are a 400 naming `filter.conditions.<i>.field|op|value`.
 * @example where(and(eq(contacts.tenantId, t), isNull(contacts.deletedAt), filterSql('contact', f, defs)))
 */
export function filterSql(
  entity: CrmEntity,
  filter: Partial<CrmFilter>,
  fields: readonly FilterFieldDef[],
): SQL | undefined {
  const parts = (filter.conditions ?? []).map((c, i) =>
    conditionSql(entity, c, fields, `filter.conditions.${i}`),
  )
  const matched = parts.length === 0 ? undefined : filter.match === 'any' ? or(...parts) : and(...parts)
  return and(matched, filter.q ? searchSql(entity, filter.q) : undefined)
}
