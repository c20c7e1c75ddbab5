// The columns a bulk change (or a single delete) may touch, per entity, with their Postgres
// types: what a before-image can hold and an undo may write back. A fixed list, so the column
// names that reach SQL never come from the stored JSON.
import { type SQL, sql } from 'drizzle-orm'
import type { PgTx } from '../../../lib/pg.ts'
import { companies, contacts } from '../contacts/contacts.tables.ts'
import { deals } from '../deals/deals.tables.ts'
import type { CrmEntity } from '../fields/fields.tables.ts'
import type { BeforeImages } from './undo-log.ts'

const COMMON = {
  ownerUserId: ['owner_user_id', 'text'],
  branchId: ['branch_id', 'text'],
  customFields: ['custom_fields', 'jsonb'],
  deletedAt: ['deleted_at', 'timestamptz'],
} as const

export const RESTORABLE: Record<CrmEntity, Record<string, readonly [column: string, type: string]>> = {
  contact: { ...COMMON, tags: ['tags', 'text[]'], lifecycleStage: ['lifecycle_stage', 'text'] },
  company: { ...COMMON, tags: ['tags', 'text[]'] },
  deal: COMMON,
}

export const ENTITY_TABLE = { contact: contacts, company: companies, deal: deals } as const

/**
 * Writes the before-images back in one statement. Answers how many records it restored (a
 * record purged meanwhile is simply not there).
 */
export async function restoreBeforeImages(
  tx: PgTx,
  tenantId: string,
  entity: CrmEntity,
  before: BeforeImages,
  now: Date,
): Promise<number> {
  const ids = Object.keys(before)
  const keys = [...new Set(ids.flatMap((id) => Object.keys(before[id] ?? {})))].filter(
    (key) => RESTORABLE[entity][key] !== undefined,
  )
  if (ids.length === 0 || keys.length === 0) return 0
  const spec = keys.map((key) => RESTORABLE[entity][key]!)
  const values = ids.map((id) => ({
    id,
    ...Object.fromEntries(keys.map((key, i) => [spec[i]![0], before[id]?.[key] ?? null])),
  }))
  const sets: SQL[] = spec.map(([column]) => sql`${sql.identifier(column)} = v.${sql.identifier(column)}`)
  const types: SQL[] = spec.map(([column, type]) => sql`${sql.identifier(column)} ${sql.raw(type)}`)
  const table = ENTITY_TABLE[entity]
  // A deal's version moves with every write, so boards holding the old one reconcile.
  const version = entity === 'deal' ? sql`, version = t.version + 1` : sql``
  const result = await tx.execute(sql`
    update ${table} as t set ${sql.join(sets, sql`, `)}, updated_at = ${now}${version}
    from jsonb_to_recordset(${JSON.stringify(values)}::jsonb) as v(id text, ${sql.join(types, sql`, `)})
    where t.id = v.id and t.tenant_id = ${tenantId}`)
  return result.rowCount ?? 0
}
