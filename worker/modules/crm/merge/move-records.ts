// Re-pointing what hangs off merged records to the record that stays. Runs across every branch
// (see merge-scope.ts): a merged contact's rows in branches the actor cannot see must move too,
// or deleting the contact would cascade them away.
import { type SQL, sql } from 'drizzle-orm'
import type { PgTx } from '../../../lib/pg.ts'
import { activities } from '../activities/activities.tables.ts'
import { companies, contactCompanies, contacts } from '../contacts/contacts.tables.ts'
import { deals } from '../deals/deals.tables.ts'
import { attachments } from '../files/files.tables.ts'

export interface MergeMove {
  tenantId: string
  primaryId: string
  mergedIds: string[]
  /** The branch the primary has after the merge, and had before it. */
  branchId: string | null
  previousBranchId: string | null
}

export const idList = (ids: string[]): SQL =>
  sql`(${sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )})`

const count = async (query: Promise<{ rowCount: number | null }>) => (await query).rowCount ?? 0

/**
 * Activities and attachments of the merged records move to the primary. Those that had the
 * branch of their record (copied on write, for the branch policy) take the primary's branch;
 * the primary's own do too when the merge changed its branch.
 */
export async function moveTimeline(
  tx: PgTx,
  kind: 'contact' | 'company',
  move: MergeMove,
): Promise<{ activities: number; attachments: number }> {
  const { tenantId, primaryId, mergedIds, branchId } = move
  const parent = kind === 'contact' ? contacts : companies
  const column = sql.identifier(kind === 'contact' ? 'contact_id' : 'company_id')
  const movedActivities = await count(
    tx.execute(sql`update ${activities} a set ${column} = ${primaryId},
        branch_id = case when a.branch_id is not distinct from m.branch_id then ${branchId} else a.branch_id end
      from ${parent} m
      where a.tenant_id = ${tenantId} and a.${column} in ${idList(mergedIds)}
        and m.tenant_id = ${tenantId} and m.id = a.${column}`),
  )
  const movedAttachments = await count(
    tx.execute(sql`update ${attachments} f set entity_id = ${primaryId},
        branch_id = case when f.branch_id is not distinct from m.branch_id then ${branchId} else f.branch_id end
      from ${parent} m
      where f.tenant_id = ${tenantId} and f.entity = ${kind} and f.entity_id in ${idList(mergedIds)}
        and m.tenant_id = ${tenantId} and m.id = f.entity_id`),
  )
  if (branchId !== move.previousBranchId) {
    await tx.execute(sql`update ${activities} set branch_id = ${branchId}
      where tenant_id = ${tenantId} and ${column} = ${primaryId} and branch_id is not distinct from ${move.previousBranchId}`)
    await tx.execute(sql`update ${attachments} set branch_id = ${branchId}
      where tenant_id = ${tenantId} and entity = ${kind} and entity_id = ${primaryId}
        and branch_id is not distinct from ${move.previousBranchId}`)
  }
  return { activities: movedActivities, attachments: movedAttachments }
}

/** Deals of the merged records become the primary's (a new version: boards reload them). */
export function moveDeals(tx: PgTx, kind: 'contact' | 'company', move: MergeMove): Promise<number> {
  const column = sql.identifier(kind === 'contact' ? 'contact_id' : 'company_id')
  return count(
    tx.execute(sql`update ${deals} set ${column} = ${move.primaryId}, version = version + 1, updated_at = now()
      where tenant_id = ${move.tenantId} and ${column} in ${idList(move.mergedIds)}`),
  )
}

/**
 * Contact–company links of the merged records, re-pointed without doubling a link the primary
 * already has. `side` is the primary's side of the link. The merged records' own links go with
 * them when they are deleted.
 */
export async function moveCompanyLinks(
  tx: PgTx,
  side: 'contact' | 'company',
  move: MergeMove,
): Promise<number> {
  const { tenantId, primaryId, mergedIds } = move
  const self = sql.identifier(side === 'contact' ? 'contact_id' : 'company_id')
  const other = sql.identifier(side === 'contact' ? 'company_id' : 'contact_id')
  return count(
    tx.execute(sql`insert into ${contactCompanies} (tenant_id, ${self}, ${other}, role, is_primary, created_at)
      select tenant_id, ${primaryId}, ${other}, role, false, created_at from ${contactCompanies}
      where tenant_id = ${tenantId} and ${self} in ${idList(mergedIds)}
      order by created_at
      on conflict (contact_id, company_id) do nothing`),
  )
}
