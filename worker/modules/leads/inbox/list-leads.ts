import type { TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { withTenant } from '../../../lib/pg.ts'
import { toLead } from '../lead-view.ts'
import type { LeadList } from '../leads.schemas.ts'
import { type LeadPosition, listLeadPage } from './inbox.repo.ts'
import type { ListLeadsQuery } from './inbox.schemas.ts'
import { leadConditions } from './lead-filters.ts'

export const encodeCursor = (row: LeadPosition) => btoa(`${row.createdAt.toISOString()}|${row.id}`)

export function decodeCursor(cursor: string): LeadPosition {
  try {
    const [at, id] = atob(cursor).split('|')
    const createdAt = new Date(at ?? '')
    if (!id || Number.isNaN(createdAt.getTime())) throw new Error('bad cursor')
    return { createdAt, id }
  } catch {
    throw new ApiError('BAD_REQUEST', 'The cursor is not one this API gave out')
  }
}

/** A page of the leads the actor may see that match the filters, newest first. */
export async function listLeads(ctx: TenantCtx, query: ListLeadsQuery): Promise<LeadList> {
  const { limit, cursor, ...filters } = query
  const after = cursor ? decodeCursor(cursor) : undefined
  const where = leadConditions(ctx, filters)
  const rows = await withTenant(ctx.pg(), ctx.tenantId, (tx) =>
    listLeadPage(tx, ctx.tenantId, where, limit + 1, after),
  )
  const page = rows.slice(0, limit)
  const last = page.at(-1)
  return { data: page.map(toLead), nextCursor: rows.length > limit && last ? encodeCursor(last) : null }
}
