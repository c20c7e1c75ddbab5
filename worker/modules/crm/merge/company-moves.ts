import { sql } from 'drizzle-orm'
import type { PgTx } from '../../../lib/pg.ts'
import { companies, contactCompanies } from '../contacts/contacts.tables.ts'
import type { MovedCounts } from './merge.schemas.ts'
import { idList, type MergeMove, moveCompanyLinks, moveDeals, moveTimeline } from './move-records.ts'

/**
 * Everything of the merged companies becomes the primary's: people (a person whose primary
 * company was a merged one now has the primary as theirs), deals, the timeline, files and
 * subsidiaries.
 */
export async function moveCompanyRecords(tx: PgTx, move: MergeMove): Promise<MovedCounts> {
  const { tenantId, primaryId, mergedIds } = move
  const merged = idList(mergedIds)
  const links = await moveCompanyLinks(tx, 'company', move)
  // One primary company per contact (a unique index): drop the merged links, then promote.
  const removed = await tx.execute<{
    contact_id: string
    is_primary: boolean
  }>(sql`delete from ${contactCompanies}
    where tenant_id = ${tenantId} and company_id in ${merged} returning contact_id, is_primary`)
  const primaryOf = removed.rows.filter((r) => r.is_primary).map((r) => r.contact_id)
  if (primaryOf.length > 0) {
    await tx.execute(sql`update ${contactCompanies} set is_primary = true
      where tenant_id = ${tenantId} and company_id = ${primaryId} and contact_id in ${idList(primaryOf)}`)
  }
  const childCompanies =
    (
      await tx.execute(sql`update ${companies} set parent_id = ${primaryId}, updated_at = now()
        where tenant_id = ${tenantId} and parent_id in ${merged} and id <> ${primaryId}`)
    ).rowCount ?? 0
  const timeline = await moveTimeline(tx, 'company', move)
  const deals = await moveDeals(tx, 'company', move)
  return { leads: 0, leadTouches: 0, ...timeline, deals, links, childCompanies }
}
