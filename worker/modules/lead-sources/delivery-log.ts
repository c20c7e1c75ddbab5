// Reading a source's delivery log: newest first, paged by delivery id (ids sort by time).
import { and, desc, eq, lt } from 'drizzle-orm'
import type { TenantCtx } from '../../context.ts'
import { assertIdCursor, idPage } from '../../lib/paging.ts'
import type { SourceDeliveryList } from './lead-sources.schemas.ts'
import { sourceDeliveries } from './lead-sources.tables.ts'
import { visibleSource } from './sources.service.ts'

export async function listDeliveries(
  ctx: TenantCtx,
  sourceId: string,
  query: { cursor?: string; limit: number },
): Promise<SourceDeliveryList> {
  const source = await visibleSource(ctx, sourceId)
  assertIdCursor('sourceDelivery', query.cursor)
  const rows = await ctx.d1
    .select()
    .from(sourceDeliveries)
    .where(
      and(
        eq(sourceDeliveries.tenantId, ctx.tenantId),
        eq(sourceDeliveries.sourceId, source.id),
        query.cursor ? lt(sourceDeliveries.id, query.cursor) : undefined,
      ),
    )
    .orderBy(desc(sourceDeliveries.id))
    .limit(query.limit + 1)
  const { page, nextCursor } = idPage(rows, query.limit)
  return {
    data: page.map((r) => ({
      id: r.id,
      outcome: r.outcome,
      httpStatus: r.httpStatus,
      detail: r.detail,
      externalId: r.externalId,
      leadId: r.leadId,
      excerpt: r.excerpt,
      createdAt: r.createdAt.toISOString(),
    })),
    nextCursor,
  }
}
