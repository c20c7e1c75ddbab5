/**
 * A deleted organisation's analytics, gone with the rest of it: raw events, rollups, visitor
 * hashes, leads, touch paths, funnels, reports and settings. A big account holds millions of
 * rollup rows, so each table empties in bounded chunks; false means rows remain and the
 * tenant purge carries on at its next run.
 */
import type { Ctx } from '../../../context.ts'

const ROWS_PER_DELETE = 5000
const DELETES_PER_RUN = 40

// Children before parents is not needed (none references another), only tenants.
export const TENANT_ANALYTICS_TABLES = [
  'analytics_events',
  'analytics_daily',
  'analytics_hourly',
  'analytics_visitors',
  'analytics_touches',
  'analytics_leads',
  'analytics_funnels',
  'analytics_reports',
  'analytics_settings',
] as const

export async function purgeTenantAnalytics(ctx: Ctx, tenantId: string): Promise<boolean> {
  let budget = DELETES_PER_RUN
  for (const table of TENANT_ANALYTICS_TABLES) {
    const statement = ctx.env.DB.prepare(
      `delete from ${table} where rowid in (select rowid from ${table} where tenant_id = ?1 limit ${ROWS_PER_DELETE})`,
    ).bind(tenantId)
    for (;;) {
      if (budget-- === 0) return false
      const result = await statement.run()
      if (result.meta.changes < ROWS_PER_DELETE) break
    }
  }
  return true
}
