// Status changes and assignment, for one lead or many: all in one tenant transaction (every
// lead named must be visible, or nothing is written), then announced once committed.
import type { TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { type PgTx, withTenant } from '../../../lib/pg.ts'
import { assertCan, can } from '../../auth/index.ts'
import { notifyLeadAssigned } from '../../notifications/index.ts'
import { toLead } from '../lead-view.ts'
import type { Lead } from '../leads.schemas.ts'
import type { LeadStatus } from '../leads.tables.ts'
import { announceLead } from '../pipeline/announce.ts'
import { recordFirstResponse } from '../sla/sla-clock.ts'
import { type Assignee, assertAssigneeSees, findAssignee, memberNames } from './assignee.ts'
import { findLeads, type InboxLeadRow, insertActivities, type LeadWrite, writeLeads } from './inbox.repo.ts'
import type { UpdateLeadBody } from './inbox.schemas.ts'
import { activityEntries, type LeadChange } from './lead-activity.ts'
import { leadNotFound } from './lead-detail.ts'

/** What the request asks for once permissions are settled: a status, an owner, or both. */
interface Plan {
  status?: LeadStatus
  owner?: { assignee: Assignee | null; reason: 'manual' | 'claimed' | null }
}

export interface UpdateOutcome {
  matched: number
  changed: { lead: Lead; changes: LeadChange[] }[]
}

/**
 * Status needs leads.write; an owner needs leads.assign, except that someone who works leads
 * may claim an unassigned one for themselves (checked per lead once the rows are locked).
 */
async function planOf(ctx: TenantCtx, set: UpdateLeadBody): Promise<Plan> {
  const plan: Plan = {}
  if (set.status !== undefined) {
    assertCan(ctx.actor, 'leads.write')
    plan.status = set.status
  }
  const ownerUserId = set.ownerUserId
  if (ownerUserId === undefined) return plan
  if (can(ctx.actor, 'leads.assign')) {
    plan.owner = ownerUserId
      ? { assignee: await findAssignee(ctx, ownerUserId), reason: 'manual' }
      : { assignee: null, reason: null }
    return plan
  }
  const self = ctx.actor.kind === 'user' ? ctx.actor.userId : null
  if (ownerUserId === null || ownerUserId !== self || !can(ctx.actor, 'leads.write')) {
    throw new ApiError('FORBIDDEN', 'Without leads.assign you may only claim an unassigned lead for yourself')
  }
  plan.owner = { assignee: await findAssignee(ctx, ownerUserId), reason: 'claimed' }
  return plan
}

/** Every lead must be visible, and a claim may only take leads nobody (else) owns. */
function assertApplicable(plan: Plan, leadIds: readonly string[], rows: InboxLeadRow[]): void {
  const found = new Set(rows.map((r) => r.id))
  const missing = leadIds.find((id) => !found.has(id))
  if (missing) throw leadNotFound(missing)
  const assignee = plan.owner?.assignee
  if (!assignee) return
  for (const row of rows) {
    assertAssigneeSees(assignee, row)
    if (plan.owner?.reason === 'claimed' && row.ownerUserId !== null && row.ownerUserId !== assignee.userId) {
      throw new ApiError('FORBIDDEN', `Lead ${row.id} is already assigned; only a manager can reassign it`)
    }
  }
}

function changesOf(plan: Plan, row: InboxLeadRow): LeadChange[] {
  const changes: LeadChange[] = []
  if (plan.status && plan.status !== row.status) changes.push('status')
  if (plan.owner && (plan.owner.assignee?.userId ?? null) !== row.ownerUserId) changes.push('assigned')
  return changes
}

async function write(ctx: TenantCtx, tx: PgTx, plan: Plan, rows: InboxLeadRow[], actorName: string | null) {
  const now = ctx.now()
  const changing = (c: LeadChange) => rows.filter((r) => changesOf(plan, r).includes(c)).map((r) => r.id)
  const statusIds = changing('status')
  const ownerIds = changing('assigned')
  if (plan.status) await writeLeads(tx, ctx.tenantId, statusIds, { status: plan.status })
  if (plan.owner) {
    const { assignee, reason } = plan.owner
    const owner: LeadWrite['owner'] = { userId: assignee?.userId ?? null, reason, at: assignee ? now : null }
    await writeLeads(tx, ctx.tenantId, ownerIds, { owner })
  }
  // Moving a lead on from "new" is answering it: the SLA clock stops at its first such move.
  for (const row of rows) {
    if (row.status === 'new' && statusIds.includes(row.id)) {
      await recordFirstResponse(tx, ctx.tenantId, row.id, now)
    }
  }
  const entries = rows.flatMap((row) =>
    activityEntries(row, changesOf(plan, row), {
      status: plan.status,
      ownerName: plan.owner?.assignee?.name ?? null,
      claimed: plan.owner?.reason === 'claimed',
      actorName,
    }),
  )
  await insertActivities(tx, ctx.tenantId, entries, now)
}

async function nameOfActor(ctx: TenantCtx): Promise<string | null> {
  if (ctx.actor.kind !== 'user') return null
  return (await memberNames(ctx, [ctx.actor.userId])).get(ctx.actor.userId) ?? null
}

/** Applies `set` to every lead in `leadIds`, or to none. */
export async function updateLeads(
  ctx: TenantCtx,
  leadIds: readonly string[],
  set: UpdateLeadBody,
): Promise<UpdateOutcome & { rows: InboxLeadRow[] }> {
  const plan = await planOf(ctx, set)
  const actorName = await nameOfActor(ctx)
  const outcome = await withTenant(ctx.pg(), ctx.tenantId, async (tx) => {
    const rows = await findLeads(tx, ctx.tenantId, ctx.actor.branchIds, leadIds, true)
    assertApplicable(plan, leadIds, rows)
    const changedRows = rows.filter((r) => changesOf(plan, r).length > 0)
    await write(ctx, tx, plan, changedRows, actorName)
    const after = await findLeads(tx, ctx.tenantId, null, leadIds, false)
    const changes = new Map(changedRows.map((r) => [r.id, changesOf(plan, r)]))
    return { rows: after, changes }
  })
  const changed = outcome.rows
    .filter((r) => outcome.changes.has(r.id))
    .map((r) => ({ lead: toLead(r), changes: outcome.changes.get(r.id) ?? [] }))
  await announceAll(ctx, changed)
  return { matched: leadIds.length, changed, rows: outcome.rows }
}

const ANNOUNCE_AT_ONCE = 10

/** The new owner hears about it by e-mail (per their preferences), unless they claimed it themselves. */
const assignedToSomeoneElse = (ctx: TenantCtx, lead: Lead, change: string) =>
  change === 'assigned' &&
  lead.ownerUserId !== null &&
  !(ctx.actor.kind === 'user' && ctx.actor.userId === lead.ownerUserId)

/**
 * The write is committed, so a failed announcement is logged rather than thrown: answering an
 * error would invite a retry of a change that already happened. A few at a time, so a bulk
 * change of hundreds neither waits on each in turn nor floods the hub.
 */
async function announceAll(ctx: TenantCtx, changed: UpdateOutcome['changed']): Promise<void> {
  const jobs = changed.flatMap(({ lead, changes }) => changes.map((change) => ({ lead, change })))
  for (let i = 0; i < jobs.length; i += ANNOUNCE_AT_ONCE) {
    await Promise.all(
      jobs.slice(i, i + ANNOUNCE_AT_ONCE).map(({ lead, change }) =>
        announceLead(ctx, lead, change)
          .then(() => (assignedToSomeoneElse(ctx, lead, change) ? notifyLeadAssigned(ctx, lead) : undefined))
          .catch((error: unknown) =>
            ctx.log.error('lead.announce_failed', { leadId: lead.id, change, error: String(error) }),
          ),
      ),
    )
  }
}
