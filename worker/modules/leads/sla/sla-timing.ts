// A branch's first-response target as instants: when an answer is due, counted in the
// branch's opening hours when it asks for that, and the queued checks that watch the clock.
import { and, eq } from 'drizzle-orm'
import type { Ctx } from '../../../context.ts'
import type { D1Db } from '../../../lib/d1.ts'
import { branches } from '../../brands/index.ts'
import { enqueueLead } from '../intake/enqueue.ts'
import { branchLeadSettings } from '../routing/routing.tables.ts'
import { addOpenMinutes, hasWeeklyHours } from '../routing/schedule.ts'

export interface LeadSettings {
  /** Null: no first-response target for the branch. */
  firstResponseMinutes: number | null
  workingHoursOnly: boolean
  notifyEmail: boolean
  notifyWhatsapp: boolean
  updatedAt: Date | null
}

/** A branch without its own row: 15 minutes of opening time, announced by e-mail. */
export const DEFAULT_LEAD_SETTINGS: LeadSettings = {
  firstResponseMinutes: 15,
  workingHoursOnly: true,
  notifyEmail: true,
  notifyWhatsapp: false,
  updatedAt: null,
}

/** The branch's lead handling (SLA and announcement channels), defaults when it never set them. */
export async function leadSettingsFor(db: D1Db, tenantId: string, branchId: string): Promise<LeadSettings> {
  const [row] = await db
    .select()
    .from(branchLeadSettings)
    .where(and(eq(branchLeadSettings.tenantId, tenantId), eq(branchLeadSettings.branchId, branchId)))
    .limit(1)
  return row ?? DEFAULT_LEAD_SETTINGS
}

/**
 * One SLA period after `from`: the target in opening minutes when the branch counts working
 * hours and has some, else in plain minutes. Null when the branch has no target.
 */
export async function dueAfter(
  ctx: Ctx,
  tenantId: string,
  branchId: string,
  from: Date,
): Promise<Date | null> {
  const settings = await leadSettingsFor(ctx.d1, tenantId, branchId)
  const minutes = settings.firstResponseMinutes
  if (minutes === null) return null
  const plain = new Date(from.getTime() + minutes * 60_000)
  if (!settings.workingHoursOnly) return plain
  const [branch] = await ctx.d1
    .select({ timezone: branches.timezone, hours: branches.hours })
    .from(branches)
    .where(and(eq(branches.tenantId, tenantId), eq(branches.id, branchId)))
    .limit(1)
  if (!branch?.hours || !hasWeeklyHours(branch.hours)) return plain
  return addOpenMinutes({ zone: branch.timezone, hours: branch.hours }, from, minutes) ?? plain
}

export interface SlaCheck {
  tenantId: string
  leadId: string
  dueAt: Date
  level: 1 | 2
}

/**
 * Queues the check of a lead's SLA for when it is due. Queues delay at most 12 hours: a check
 * that arrives early (a lead due after a weekend) queues itself again for the rest.
 */
export async function scheduleSlaCheck(ctx: Ctx, check: SlaCheck): Promise<void> {
  const delaySeconds = Math.ceil((check.dueAt.getTime() - ctx.now().getTime()) / 1000)
  await enqueueLead(
    ctx,
    { kind: 'lead.sla', tenantId: check.tenantId, leadId: check.leadId, level: check.level },
    { delaySeconds },
  )
}
