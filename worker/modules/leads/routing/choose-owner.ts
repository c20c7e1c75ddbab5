// The assignment engine: a staff card's lead goes to that person, otherwise the first enabled
// rule (in position order) that matches the lead and finds someone able to take it now.
import { and, asc, eq } from 'drizzle-orm'
import type { Ctx } from '../../../context.ts'
import { branches, staffMembers } from '../../brands/index.ts'
import { nextInRotation } from '../../notifications/index.ts'
import type { LeadSource } from '../leads.tables.ts'
import type { RuleAction, RuleMatch } from './routing.model.ts'
import { routingRules } from './routing.tables.ts'
import { hasWeeklyHours, isOpenAt } from './schedule.ts'
import { canTakeLead, listTeamPool, type PoolMember } from './team-pool.ts'

export interface LeadToAssign {
  tenantId: string
  branchId: string
  source: LeadSource
  sourceId?: string | null
  formId?: string | null
  staffId?: string | null
  at: Date
}

export interface Assignment {
  userId: string
  /** Why this member, in words the inbox shows. */
  reason: string
}

type RuleRow = typeof routingRules.$inferSelect

/** Whom a new lead belongs to, or null when nobody can take it (the lead stays unassigned). */
export async function chooseOwner(ctx: Ctx, lead: LeadToAssign): Promise<Assignment | null> {
  const pool = await listTeamPool(ctx.d1, lead.tenantId)
  const byCard = lead.staffId ? await cardOwner(ctx, lead, pool) : null
  if (byCard) return byCard
  const rules = await ctx.d1
    .select()
    .from(routingRules)
    .where(and(eq(routingRules.tenantId, lead.tenantId), eq(routingRules.enabled, true)))
    .orderBy(asc(routingRules.position), asc(routingRules.id))
  let branchOpen: boolean | undefined
  for (const rule of rules) {
    if (rule.match.branchHours) branchOpen ??= await isBranchOpen(ctx, lead)
    if (!matches(rule.match, lead, branchOpen)) continue
    const assignment = await pick(ctx, rule, lead, pool)
    if (assignment) return assignment
  }
  return null
}

async function cardOwner(ctx: Ctx, lead: LeadToAssign, pool: PoolMember[]): Promise<Assignment | null> {
  const [card] = await ctx.d1
    .select({ userId: staffMembers.userId, name: staffMembers.name })
    .from(staffMembers)
    .where(and(eq(staffMembers.tenantId, lead.tenantId), eq(staffMembers.id, lead.staffId ?? '')))
    .limit(1)
  const member = card?.userId ? pool.find((m) => m.userId === card.userId) : undefined
  if (!member || !canTakeLead(member, lead.branchId, lead.at, true)) return null
  return { userId: member.userId, reason: `Staff card of ${card?.name ?? member.name}` }
}

/** Every condition the rule names must hold; a condition left out holds for every lead. */
export function matches(match: RuleMatch, lead: LeadToAssign, branchOpen: boolean | undefined): boolean {
  const within = (list: readonly string[] | undefined, value: string | null | undefined) =>
    !list?.length || (value != null && list.includes(value))
  if (!within(match.branchIds, lead.branchId)) return false
  if (!within(match.sources, lead.source)) return false
  if (!within(match.sourceIds, lead.sourceId)) return false
  if (!within(match.formIds, lead.formId)) return false
  if (match.branchHours) return branchOpen === (match.branchHours === 'open')
  return true
}

async function isBranchOpen(ctx: Ctx, lead: LeadToAssign): Promise<boolean> {
  const [branch] = await ctx.d1
    .select({ timezone: branches.timezone, hours: branches.hours })
    .from(branches)
    .where(and(eq(branches.tenantId, lead.tenantId), eq(branches.id, lead.branchId)))
    .limit(1)
  // A branch without opening hours is never "closed": leads may always be worked.
  if (!branch?.hours || !hasWeeklyHours(branch.hours)) return true
  return isOpenAt({ zone: branch.timezone, hours: branch.hours }, lead.at)
}

/** The members a rule's action names, as pool entries (anyone who left the tenant is dropped). */
function named(action: RuleAction, pool: PoolMember[], branchId: string): PoolMember[] {
  switch (action.type) {
    case 'user':
      return pool.filter((m) => m.userId === action.userId)
    case 'round_robin':
      return pool.filter((m) => action.userIds.includes(m.userId))
    case 'branch_round_robin':
      // Agents and managers of the branch; unscoped ones work every branch.
      return pool.filter(
        (m) =>
          (m.role === 'agent' || m.role === 'manager') &&
          (m.branchIds === null || m.branchIds.includes(branchId)),
      )
  }
}

async function pick(ctx: Ctx, rule: RuleRow, lead: LeadToAssign, pool: PoolMember[]) {
  const candidates = named(rule.action, pool, lead.branchId)
    .filter((m) => canTakeLead(m, lead.branchId, lead.at, rule.respectShifts))
    .map((m) => m.userId)
  if (candidates.length === 0) return null
  const [only] = candidates
  if (rule.action.type === 'user' && only) return { userId: only, reason: `Rule “${rule.name}”` }
  // A branch rotation turns per branch, so one busy branch does not skip another's agents.
  const key = rule.action.type === 'branch_round_robin' ? `${rule.id}:${lead.branchId}` : rule.id
  const userId = await nextInRotation(ctx.env, lead.tenantId, key, candidates)
  return { userId, reason: `Rule “${rule.name}” (round robin among ${candidates.length})` }
}
