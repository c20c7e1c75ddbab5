// The queued SLA check: a lead nobody answered in time is marked breached and escalates, first
// to the branch's managers, one SLA period later to the organisation's owners and admins.
import { and, eq, inArray, isNull, lt } from 'drizzle-orm'
import type { Ctx } from '../../../context.ts'
import { withTenant } from '../../../lib/pg.ts'
import { notifySlaBreach } from '../../notifications/index.ts'
import type { LeadSlaMessage } from '../lead-message.ts'
import { type LeadRow, toLead } from '../lead-view.ts'
import { findLeadById, insertActivity } from '../leads.repo.ts'
import { leads } from '../leads.tables.ts'
import { announceLead } from '../pipeline/announce.ts'
import { coversBranch, listTeamPool } from '../routing/team-pool.ts'
import { dueAfter, scheduleSlaCheck } from './sla-timing.ts'

type Level = 1 | 2

/** Nothing left to watch: answered, closed, spam, or already escalated this far. */
const settled = (lead: LeadRow, level: Level) =>
  lead.firstResponseAt !== null ||
  lead.spam ||
  lead.status === 'won' ||
  lead.status === 'lost' ||
  lead.slaDueAt === null ||
  lead.escalationLevel >= level

/**
 * Runs one check. Redelivered or repeated, it does nothing new: the update only moves a lead
 * to a level it has not reached. The alerts, the announcement and the next check are handed
 * on before the update commits, so a failure among them retries the whole check rather than
 * leaving a breach nobody heard about.
 */
export async function checkLeadSla(ctx: Ctx, message: LeadSlaMessage): Promise<void> {
  const { tenantId, leadId } = message
  const level: Level = message.level === 2 ? 2 : 1
  const lead = await withTenant(ctx.pg(), tenantId, (tx) => findLeadById(tx, tenantId, leadId))
  if (!lead || settled(lead, level) || !lead.slaDueAt) return
  const due = level === 1 ? lead.slaDueAt : await dueAfter(ctx, tenantId, lead.branchId, lead.slaDueAt)
  if (!due) return
  const now = ctx.now()
  if (now < due) return scheduleSlaCheck(ctx, { tenantId, leadId, dueAt: due, level })
  const recipients = await escalationRecipients(ctx, tenantId, lead.branchId, level)
  const nextDue = level === 1 ? await dueAfter(ctx, tenantId, lead.branchId, due) : null
  await withTenant(ctx.pg(), tenantId, async (tx) => {
    const moved = await tx
      .update(leads)
      .set({ slaBreachedAt: lead.slaBreachedAt ?? now, escalationLevel: level })
      .where(
        and(
          eq(leads.tenantId, tenantId),
          eq(leads.id, leadId),
          isNull(leads.firstResponseAt),
          lt(leads.escalationLevel, level),
          eq(leads.spam, false),
          inArray(leads.status, ['new', 'contacted', 'qualified']),
        ),
      )
      .returning({ id: leads.id })
    if (moved.length === 0) return
    await insertActivity(tx, tenantId, lead.contactId, {
      type: level === 1 ? 'sla_breach' : 'escalation',
      body:
        level === 1
          ? `No first response by ${due.toISOString()}: the branch's managers were alerted`
          : 'Still no first response: escalated to the organisation’s owners and admins',
      at: now,
    })
    const fresh = await findLeadById(tx, tenantId, leadId)
    if (!fresh) return
    const view = toLead(fresh)
    const tenantCtx = { ...ctx, tenantId }
    await notifySlaBreach(tenantCtx, view, level, recipients)
    await announceLead(tenantCtx, view, level === 1 ? 'sla_breached' : 'escalated', {
      eventKey: `${leadId}_sla_${level}`,
    })
    if (nextDue) await scheduleSlaCheck(ctx, { tenantId, leadId, dueAt: nextDue, level: 2 })
  })
}

/**
 * Level 1: the managers who see the branch (owners and admins when it has none, so a breach
 * is never announced to nobody); level 2: the organisation's owners and admins.
 */
export async function escalationRecipients(
  ctx: Ctx,
  tenantId: string,
  branchId: string,
  level: Level,
): Promise<string[]> {
  const pool = await listTeamPool(ctx.d1, tenantId)
  const top = pool.filter((m) => m.role === 'owner' || m.role === 'admin').map((m) => m.userId)
  if (level === 2) return top
  const managers = pool.filter((m) => m.role === 'manager' && coversBranch(m, branchId)).map((m) => m.userId)
  return managers.length > 0 ? managers : top
}
