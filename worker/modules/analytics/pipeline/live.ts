// The real-time counter: each new, counted event's visitor is noted in the tenant's hub under
// the scopes it counted in. Best effort: the rollups are already written, a hub that fails
// only makes the "last 5 minutes" figure lag, and the message is never retried for it.
import { LIVE_WINDOW_MS, type SeenVisitor } from '../../../../durable-objects/tenant-hub/live-visitors.ts'
import type { Ctx } from '../../../context.ts'
import { hubFor } from '../../notifications/index.ts'
import type { EventRow } from './event-row.ts'

/** The rollup scopes an event counts in: its tenant's, its brand's and its branch's. */
export const scopesOf = (row: Pick<EventRow, 'tenantId' | 'brandId' | 'branchId'>) =>
  [row.tenantId, row.brandId, row.branchId].filter((scope): scope is string => !!scope)

export async function noteLiveVisitors(ctx: Ctx, rows: readonly EventRow[]): Promise<void> {
  // A late event cannot make anyone live again; the hub would skip it anyway.
  const since = ctx.now().getTime() - LIVE_WINDOW_MS
  const byTenant = new Map<string, SeenVisitor[]>()
  for (const row of rows) {
    if (row.excluded || !row.visitor || row.at < since) continue
    const seen = byTenant.get(row.tenantId) ?? []
    seen.push({ scopes: scopesOf(row), visitor: row.visitor, at: row.at })
    byTenant.set(row.tenantId, seen)
  }
  await Promise.all(
    [...byTenant].map(async ([tenantId, seen]) => {
      try {
        await hubFor(ctx.env, tenantId).noteVisitors(seen)
      } catch (error) {
        ctx.log.warn('live visitors not noted', { tenantId, visitors: seen.length, error })
      }
    }),
  )
}
