import type { TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { withTenant } from '../../../lib/pg.ts'
import { toLead } from '../lead-view.ts'
import { findLeads, listActivities, listTouches } from './inbox.repo.ts'
import type { LeadDetail } from './inbox.schemas.ts'

export const leadNotFound = (leadId: string) => new ApiError('NOT_FOUND', `Lead ${leadId} not found`)

/**
 * One lead with every arrival that made or refreshed it and its contact's CRM timeline. A lead
 * of another tenant or outside the actor's branches does not exist for them.
 */
export async function getLeadDetail(ctx: TenantCtx, leadId: string): Promise<LeadDetail> {
  return withTenant(ctx.pg(), ctx.tenantId, async (tx) => {
    const [row] = await findLeads(tx, ctx.tenantId, ctx.actor.branchIds, [leadId], false)
    if (!row) throw leadNotFound(leadId)
    const touches = await listTouches(tx, ctx.tenantId, leadId)
    const timeline = await listActivities(tx, ctx.tenantId, row.contactId)
    return {
      lead: toLead(row),
      assignmentReason: row.assignmentReason,
      touches: touches.map((t) => ({ ...t, createdAt: t.createdAt.toISOString() })),
      activities: timeline.map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })),
    }
  })
}
