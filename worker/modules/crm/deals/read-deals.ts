import { and, eq, type SQL } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import { crmTx } from '../crm-tx.ts'
import { loadFieldDefs } from '../fields/field-defs.ts'
import { filterSql, searchSql, sortSql } from '../filters/filter-sql.ts'
import { toDeals } from './deal-view.ts'
import { dealHistory, getDealRow, listDealPage } from './deals.repo.ts'
import type { DealDetail, DealList, ListDealsQuery } from './deals.schemas.ts'
import { deals } from './deals.tables.ts'

const EXACT = ['pipelineId', 'stageId', 'status', 'ownerUserId', 'contactId', 'companyId'] as const

/** The plain query parameters as conditions, ANDed with the JSON filter and the search text. */
function whereOf(query: ListDealsQuery, filter: SQL | undefined): SQL | undefined {
  const exact = EXACT.flatMap((key) => {
    const value = query[key]
    return value === undefined ? [] : [eq(deals[key], value)]
  })
  return and(...exact, filter, query.q ? searchSql('deal', query.q) : undefined)
}

/** A page of the deals the actor may see, by `sort` (default: recently updated first). */
export async function listDeals(ctx: TenantCtx, query: ListDealsQuery): Promise<DealList> {
  return crmTx(ctx, async (tx) => {
    const defs = await loadFieldDefs(tx, ctx.tenantId, 'deal')
    const plan = sortSql(
      'deal',
      query.sort ? { field: query.sort, direction: query.direction ?? 'desc' } : null,
      defs,
    )
    const where = whereOf(query, query.filter ? filterSql('deal', query.filter, defs) : undefined)
    const { cursor, limit } = query
    const { page, nextCursor } = await listDealPage(tx, ctx.tenantId, { where, plan, cursor, limit })
    return { items: await toDeals(tx, ctx.tenantId, page), nextCursor }
  })
}

/** One deal with every stage it entered. */
export async function getDeal(ctx: TenantCtx, dealId: string): Promise<DealDetail> {
  return crmTx(ctx, async (tx) => {
    const row = await getDealRow(tx, ctx.tenantId, dealId)
    const [deal] = await toDeals(tx, ctx.tenantId, [row])
    if (!deal) throw new Error('a deal could not be shown')
    return { ...deal, history: await dealHistory(tx, ctx.tenantId, dealId) }
  })
}
