// Where each filterable field lives: the built-in columns of contacts, companies and deals, and
// the expressions that read a custom field out of a record's `custom_fields` JSONB.
import { type Column, type SQL, sql } from 'drizzle-orm'
import { ApiError } from '../../../lib/errors.ts'
import { companies, contacts, LIFECYCLE_STAGES } from '../contacts/contacts.tables.ts'
import { DEAL_STATUSES, deals } from '../deals/deals.tables.ts'
import type { FieldDef } from '../fields/field-defs.ts'
import type { CrmEntity } from '../fields/fields.tables.ts'
import { type BuiltInFieldKind, FILTER_FIELDS } from './filter.schemas.ts'

/** What a filter needs of a custom field definition (a full FieldDef fits). */
export type FilterFieldDef = Pick<FieldDef, 'key' | 'label' | 'type' | 'options'>

export const ENTITY_TABLES = { contact: contacts, company: companies, deal: deals } as const

/** The table's id and custom-fields columns, for the callers that build their own queries. */
export const entityTable = (entity: CrmEntity) => ENTITY_TABLES[entity]

/** The values an `enum` field may hold, where the set is closed. */
const ENUM_VALUES: Partial<Record<string, readonly string[]>> = {
  'contact.lifecycleStage': LIFECYCLE_STAGES,
  'deal.status': DEAL_STATUSES,
}

/**
 * One field resolved for filtering or sorting. `column` is the stored column for built-ins
 * (null for contact.companyId, which lives in contact_companies); `expr` reads the value.
 */
export interface ResolvedField {
  name: string
  label: string
  kind: BuiltInFieldKind
  /** Day-granular values kept as 'YYYY-MM-DD' (a date column or a custom date). */
  dayText: 'date' | 'text' | null
  custom: FilterFieldDef | null
  column: Column | null
  expr: SQL
  /** Custom fields: the JSON value itself (`->`), for list-valued checks. */
  json?: SQL
  enumValues?: readonly string[]
}

const CUSTOM_KIND: Record<FieldDef['type'], BuiltInFieldKind> = {
  text: 'text',
  url: 'text',
  number: 'number',
  date: 'date',
  select: 'enum',
  multi_select: 'tags',
}

/** The custom field's JSON value as text (`->>`); numbers only when they are JSON numbers. */
export function customExpr(entity: CrmEntity, def: FilterFieldDef): SQL {
  const cf = ENTITY_TABLES[entity].customFields
  if (def.type === 'number')
    return sql`(case when jsonb_typeof(${cf} -> ${def.key}::text) = 'number' then (${cf} ->> ${def.key}::text)::numeric end)`
  return sql`(${cf} ->> ${def.key}::text)`
}

function builtIn(entity: CrmEntity, name: string): ResolvedField | undefined {
  const kinds = FILTER_FIELDS[entity] as Record<string, BuiltInFieldKind>
  const kind = Object.hasOwn(kinds, name) ? kinds[name] : undefined
  if (!kind) return undefined
  const table = ENTITY_TABLES[entity] as unknown as Record<string, Column | undefined>
  const column = entity === 'contact' && name === 'companyId' ? null : (table[name] ?? null)
  if (column === null && !(entity === 'contact' && name === 'companyId'))
    throw new Error(`FILTER_FIELDS names ${entity}.${name}, which the table lacks`)
  const isDate = column?.getSQLType() === 'date'
  return {
    name,
    label: name,
    kind,
    dayText: isDate ? 'date' : null,
    custom: null,
    column,
    expr: column ? sql`${column}` : sql`null`,
    enumValues: ENUM_VALUES[`${entity}.${name}`],
  }
}

/**
 * The field a condition or sort names: a built-in of the entity or `custom.<key>` of one of
 * its live definitions. A 400 naming `path` for anything else.
 */
export function resolveField(
  entity: CrmEntity,
  name: string,
  defs: readonly FilterFieldDef[],
  path: string,
): ResolvedField {
  if (name.startsWith('custom.')) {
    const key = name.slice('custom.'.length)
    const def = defs.find((d) => d.key === key)
    if (def)
      return {
        name,
        label: `Custom field “${def.label}”`,
        kind: CUSTOM_KIND[def.type],
        dayText: def.type === 'date' ? 'text' : null,
        custom: def,
        column: null,
        expr: customExpr(entity, def),
        json: sql`(${ENTITY_TABLES[entity].customFields} -> ${def.key}::text)`,
      }
  } else {
    const field = builtIn(entity, name)
    if (field) return field
  }
  throw new ApiError('BAD_REQUEST', `“${name}” is not a field ${entity}s can be filtered or sorted on`, {
    errors: [{ path, message: `Unknown field “${name}”` }],
  })
}
