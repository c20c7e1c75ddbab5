import { sql } from 'drizzle-orm'
import type { PgTx } from '../../../lib/pg.ts'
import { leads, leadTouches } from '../../leads/leads.tables.ts'
import { contactCompanies } from '../contacts/contacts.tables.ts'
import type { MovedCounts } from './merge.schemas.ts'
import { idList, type MergeMove, moveCompanyLinks, moveDeals, moveTimeline } from './move-records.ts'

const count = async (query: Promise<{ rowCount: number | null }>) => (await query).rowCount ?? 0

/**
 * Everything of the merged contacts becomes the primary's: leads and their touches, the
 * timeline, deals, company links and files. A primary without a primary company takes the
 * first merged contact's.
 */
export async function moveContactRecords(tx: PgTx, move: MergeMove): Promise<MovedCounts> {
  const { tenantId, primaryId, mergedIds } = move
  const merged = idList(mergedIds)
  const movedLeads = await count(
    tx.execute(
      sql`update ${leads} set contact_id = ${primaryId} where tenant_id = ${tenantId} and contact_id in ${merged}`,
    ),
  )
  const movedTouches = await count(
    tx.execute(
      sql`update ${leadTouches} set contact_id = ${primaryId} where tenant_id = ${tenantId} and contact_id in ${merged}`,
    ),
  )
  const timeline = await moveTimeline(tx, 'contact', move)
  const movedDeals = await moveDeals(tx, 'contact', move)
  const links = await moveCompanyLinks(tx, 'contact', move)
  await tx.execute(sql`update ${contactCompanies} p set is_primary = true
    from (select m.company_id from ${contactCompanies} m
          where m.tenant_id = ${tenantId} and m.contact_id in ${merged} and m.is_primary
          order by array_position(${sql`array[${sql.join(
            mergedIds.map((id) => sql`${id}`),
            sql`, `,
          )}]::text[]`}, m.contact_id) limit 1) chosen
    where p.tenant_id = ${tenantId} and p.contact_id = ${primaryId} and p.company_id = chosen.company_id
      and not exists (select 1 from ${contactCompanies} q
                      where q.tenant_id = ${tenantId} and q.contact_id = ${primaryId} and q.is_primary)`)
  return {
    leads: movedLeads,
    leadTouches: movedTouches,
    ...timeline,
    deals: movedDeals,
    links,
    childCompanies: 0,
  }
}
