// Rows → the API's LeadSource, with the address the owner pastes into the platform.
import { desc, eq } from 'drizzle-orm'
import type { Ctx } from '../../context.ts'
import type { LeadSource } from './lead-sources.schemas.ts'
import { type SourceKind, sourceDeliveries } from './lead-sources.tables.ts'
import type { SourceRow } from './sources.repo.ts'

/** Per-source URLs for Google and generic webhooks; one app-level URL per Meta/LinkedIn app. */
export function webhookUrlFor(origin: string, kind: SourceKind, sourceId: string): string {
  const base = origin.replace(/\/+$/, '')
  switch (kind) {
    case 'google_ads':
      return `${base}/hooks/google/${sourceId}`
    case 'webhook':
      return `${base}/hooks/webhook/${sourceId}`
    default:
      return `${base}/hooks/${kind}`
  }
}

export async function toLeadSources(ctx: Ctx, rows: SourceRow[]): Promise<LeadSource[]> {
  if (rows.length === 0) return []
  // One tiny indexed query per source, in one round trip: a tenant has a handful of sources.
  const latest = rows.map((row) =>
    ctx.d1
      .select({
        outcome: sourceDeliveries.outcome,
        httpStatus: sourceDeliveries.httpStatus,
        createdAt: sourceDeliveries.createdAt,
      })
      .from(sourceDeliveries)
      .where(eq(sourceDeliveries.sourceId, row.id))
      .orderBy(desc(sourceDeliveries.createdAt), desc(sourceDeliveries.id))
      .limit(1),
  )
  const results = await ctx.d1.batch(latest as [(typeof latest)[number], ...typeof latest])
  return rows.map((row, i) => {
    const last = results[i]?.[0]
    return toLeadSource(ctx, row, last ? { ...last, createdAt: last.createdAt.toISOString() } : null)
  })
}

export const toLeadSourceView = async (ctx: Ctx, row: SourceRow) => (await toLeadSources(ctx, [row]))[0]!

function toLeadSource(ctx: Ctx, row: SourceRow, lastDelivery: LeadSource['lastDelivery']): LeadSource {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    brandId: row.brandId,
    branchId: row.branchId,
    accountId: row.accountId,
    config: row.config,
    status: row.status,
    hasSecret: row.sealedSecret !== null,
    webhookUrl: webhookUrlFor(ctx.config.PUBLIC_ORIGIN, row.kind, row.id),
    lastDelivery,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}
