// How many records hold a value for a field: what decides whether its type may still change and
// whether an option may go. Reads the records' custom_fields JSONB (GIN-indexed for `?`).
import { and, eq, isNull, type SQL, sql } from 'drizzle-orm'
import type { PgTx } from '../../../lib/pg.ts'
import { companies, contacts } from '../contacts/contacts.tables.ts'
import { deals } from '../deals/deals.tables.ts'
import type { CrmEntity } from './fields.tables.ts'

const TABLES = { contact: contacts, company: companies, deal: deals } as const

export const ENTITY_NOUN: Record<CrmEntity, [one: string, many: string]> = {
  contact: ['contact', 'contacts'],
  company: ['company', 'companies'],
  deal: ['deal', 'deals'],
}

async function countWhere(tx: PgTx, tenantId: string, entity: CrmEntity, where: SQL): Promise<number> {
  const table = TABLES[entity]
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(table)
    .where(and(eq(table.tenantId, tenantId), where))
  return row?.n ?? 0
}

/**
 * Records holding any value under `key`, soft-deleted ones included: undo can bring those back,
 * and a value of the old type would then break typed filters on the field.
 */
export function countFieldValues(tx: PgTx, tenantId: string, entity: CrmEntity, key: string) {
  const table = TABLES[entity]
  return countWhere(tx, tenantId, entity, sql`${table.customFields} ? ${key}`)
}

/** Live records whose value (a select's text, or an element of a multi-select's list) is one of `options`. */
export function countOptionUses(
  tx: PgTx,
  tenantId: string,
  entity: CrmEntity,
  key: string,
  options: readonly string[],
) {
  const table = TABLES[entity]
  const list = sql`array[${sql.join(
    options.map((o) => sql`${o}`),
    sql`, `,
  )}]::text[]`
  const value = sql`(${table.customFields} -> ${key})`
  return countWhere(
    tx,
    tenantId,
    entity,
    and(
      isNull(table.deletedAt),
      sql`(case jsonb_typeof(${value}) when 'array' then ${value} ?| ${list} when 'string' then (${value} #>> '{}') = any(${list}) else false end)`,
    ) as SQL,
  )
}
