import { aliasedTable, and, asc, eq } from 'drizzle-orm'
import { ApiError } from '../../../lib/errors.ts'
import type { PgTx } from '../../../lib/pg.ts'
import { findLive } from '../shared/live-records.ts'
import { type SortedPageQuery, sortedPage } from '../shared/sorted-page.ts'
import { type DealRow, dealColumns } from './deal-view.ts'
import type { DealStageChange } from './deals.schemas.ts'
import { dealStageChanges, deals, stages } from './deals.tables.ts'

/**
 * A live deal the transaction's actor may see (RLS hides other branches), or a 404. `lock`
 * holds the row until commit, so two moves of one deal are decided one after the other.
 */
export async function getDealRow(
  tx: PgTx,
  tenantId: string,
  dealId: string,
  { lock = false }: { lock?: boolean } = {},
): Promise<DealRow> {
  const row = await findLive(tx, deals, dealColumns, tenantId, dealId, { lock })
  if (!row) throw new ApiError('NOT_FOUND', `Deal ${dealId} not found`)
  return row
}

/** One page of live deals matching the query's `where`, in its plan's order. */
export const listDealPage = (tx: PgTx, tenantId: string, query: SortedPageQuery) =>
  sortedPage(tx, deals, dealColumns, tenantId, query)

const fromStage = aliasedTable(stages, 'from_stage')
const toStage = aliasedTable(stages, 'to_stage')

/** Every stage the deal entered, oldest first, with the stages' current names. */
export async function dealHistory(tx: PgTx, tenantId: string, dealId: string): Promise<DealStageChange[]> {
  const rows = await tx
    .select({
      id: dealStageChanges.id,
      fromStageId: dealStageChanges.fromStageId,
      fromStageName: fromStage.name,
      toStageId: dealStageChanges.toStageId,
      toStageName: toStage.name,
      secondsInFromStage: dealStageChanges.secondsInFromStage,
      byUserId: dealStageChanges.byUserId,
      at: dealStageChanges.at,
    })
    .from(dealStageChanges)
    .leftJoin(fromStage, eq(fromStage.id, dealStageChanges.fromStageId))
    .leftJoin(toStage, eq(toStage.id, dealStageChanges.toStageId))
    .where(and(eq(dealStageChanges.tenantId, tenantId), eq(dealStageChanges.dealId, dealId)))
    .orderBy(asc(dealStageChanges.at), asc(dealStageChanges.id))
  return rows.map((r) => ({ ...r, at: r.at.toISOString() }))
}
