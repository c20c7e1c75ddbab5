// The SLA clock's public face for the pipeline (due time and first check), the inbox (first
// response) and the `leads` consumer (the check itself).
import { and, eq, isNull } from 'drizzle-orm'
import type { Ctx } from '../../../context.ts'
import type { PgTx } from '../../../lib/pg.ts'
import { leads } from '../leads.tables.ts'
import { dueAfter } from './sla-timing.ts'

export { checkLeadSla } from './sla-check.ts'
export { DEFAULT_LEAD_SETTINGS, type LeadSettings, leadSettingsFor, scheduleSlaCheck } from './sla-timing.ts'

/** When a lead arriving at `at` must have had its first response; null when the branch has no target. */
export function slaDueAt(
  ctx: Ctx,
  lead: { tenantId: string; branchId: string; at: Date },
): Promise<Date | null> {
  return dueAfter(ctx, lead.tenantId, lead.branchId, lead.at)
}

/**
 * Stops the clock: the first status change away from `new`, or a logged call, note or reply.
 * Only the first response counts; returns whether this was it.
 */
export async function recordFirstResponse(
  tx: PgTx,
  tenantId: string,
  leadId: string,
  at: Date,
): Promise<boolean> {
  const rows = await tx
    .update(leads)
    .set({ firstResponseAt: at })
    .where(and(eq(leads.tenantId, tenantId), eq(leads.id, leadId), isNull(leads.firstResponseAt)))
    .returning({ id: leads.id })
  return rows.length > 0
}
