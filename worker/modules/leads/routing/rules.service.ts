// Routing rules: the ordered list the assignment engine walks, edited by owners and admins.
import { and, asc, eq, max } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import { ApiError, type FieldIssue } from '../../../lib/errors.ts'
import { newId } from '../../../lib/ids.ts'
import { auditInsert } from '../../audit/index.ts'
import { memberships } from '../../auth/index.ts'
import { branches } from '../../brands/index.ts'
import { leadSources } from '../../lead-sources/lead-sources.tables.ts'
import { leadForms } from '../forms/forms.tables.ts'
import type { RuleAction, RuleMatch } from './routing.model.ts'
import type { CreateRoutingRuleBody, RoutingRule, UpdateRoutingRuleBody } from './routing.schemas.ts'
import { routingRules } from './routing.tables.ts'

type RuleRow = typeof routingRules.$inferSelect

export const toRoutingRule = (row: RuleRow): RoutingRule => ({
  id: row.id,
  name: row.name,
  position: row.position,
  match: row.match,
  action: row.action,
  respectShifts: row.respectShifts,
  enabled: row.enabled,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
})

const rulesOf = (ctx: TenantCtx) =>
  ctx.d1
    .select()
    .from(routingRules)
    .where(eq(routingRules.tenantId, ctx.tenantId))
    .orderBy(asc(routingRules.position), asc(routingRules.id))

export async function listRoutingRules(ctx: TenantCtx): Promise<RoutingRule[]> {
  return (await rulesOf(ctx)).map(toRoutingRule)
}

async function getRuleRowOrThrow(ctx: TenantCtx, ruleId: string): Promise<RuleRow> {
  const [row] = await ctx.d1
    .select()
    .from(routingRules)
    .where(and(eq(routingRules.tenantId, ctx.tenantId), eq(routingRules.id, ruleId)))
    .limit(1)
  if (!row) throw new ApiError('NOT_FOUND', `Routing rule ${ruleId} not found`)
  return row
}

export async function createRoutingRule(ctx: TenantCtx, body: CreateRoutingRuleBody): Promise<RoutingRule> {
  await assertRuleRefs(ctx, body.match, body.action)
  const [last] = await ctx.d1
    .select({ position: max(routingRules.position) })
    .from(routingRules)
    .where(eq(routingRules.tenantId, ctx.tenantId))
  const id = newId('routingRule')
  const now = ctx.now()
  await ctx.d1.batch([
    ctx.d1.insert(routingRules).values({
      id,
      tenantId: ctx.tenantId,
      ...body,
      position: (last?.position ?? -1) + 1,
      createdAt: now,
      updatedAt: now,
    }),
    auditInsert(ctx, {
      action: 'routing.rule_created',
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      target: { type: 'routing_rule', id },
      metadata: { name: body.name, action: body.action.type },
    }),
  ])
  return toRoutingRule(await getRuleRowOrThrow(ctx, id))
}

export async function updateRoutingRule(
  ctx: TenantCtx,
  ruleId: string,
  body: UpdateRoutingRuleBody,
): Promise<RoutingRule> {
  const row = await getRuleRowOrThrow(ctx, ruleId)
  await assertRuleRefs(ctx, body.match ?? row.match, body.action ?? row.action)
  await ctx.d1.batch([
    ctx.d1
      .update(routingRules)
      .set({ ...body, updatedAt: ctx.now() })
      .where(and(eq(routingRules.tenantId, ctx.tenantId), eq(routingRules.id, ruleId))),
    auditInsert(ctx, {
      action: 'routing.rule_updated',
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      target: { type: 'routing_rule', id: ruleId },
      metadata: { name: body.name ?? row.name, fields: Object.keys(body) },
    }),
  ])
  return toRoutingRule(await getRuleRowOrThrow(ctx, ruleId))
}

export async function deleteRoutingRule(ctx: TenantCtx, ruleId: string): Promise<void> {
  const row = await getRuleRowOrThrow(ctx, ruleId)
  await ctx.d1.batch([
    ctx.d1
      .delete(routingRules)
      .where(and(eq(routingRules.tenantId, ctx.tenantId), eq(routingRules.id, ruleId))),
    auditInsert(ctx, {
      action: 'routing.rule_deleted',
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      target: { type: 'routing_rule', id: ruleId },
      metadata: { name: row.name },
    }),
  ])
}

/** Puts every rule in the order given; the list must name each of the tenant's rules once. */
export async function reorderRoutingRules(ctx: TenantCtx, ruleIds: string[]): Promise<RoutingRule[]> {
  const rows = await rulesOf(ctx)
  const known = new Set(rows.map((r) => r.id))
  const given = new Set(ruleIds)
  if (given.size !== ruleIds.length || given.size !== known.size || ruleIds.some((id) => !known.has(id))) {
    const message = 'List every routing rule exactly once'
    throw new ApiError('BAD_REQUEST', message, { errors: [{ path: 'ruleIds', message }] })
  }
  const now = ctx.now()
  const [first, ...rest] = ruleIds.map((id, position) =>
    ctx.d1
      .update(routingRules)
      .set({ position, updatedAt: now })
      .where(and(eq(routingRules.tenantId, ctx.tenantId), eq(routingRules.id, id))),
  )
  const audit = auditInsert(ctx, {
    action: 'routing.rules_reordered',
    tenantId: ctx.tenantId,
    actor: ctx.actor,
    metadata: { ruleIds },
  })
  await ctx.d1.batch(first ? [first, ...rest, audit] : [audit])
  return listRoutingRules(ctx)
}

/**
 * Every id a rule names must be the tenant's own: members for the action, branches, sources
 * and forms for the match. Read as whole id lists, which stay within D1's parameter limit.
 */
async function assertRuleRefs(ctx: TenantCtx, match: RuleMatch, action: RuleAction): Promise<void> {
  const issues: FieldIssue[] = []
  const check = async (
    path: string,
    ids: readonly string[] | undefined,
    load: () => Promise<{ id: string }[]>,
  ) => {
    if (!ids?.length) return
    const known = new Set((await load()).map((r) => r.id))
    const missing = ids.filter((id) => !known.has(id))
    if (missing.length)
      issues.push({ path, message: `Not found in this organisation: ${missing.join(', ')}` })
  }
  const userIds =
    action.type === 'user' ? [action.userId] : action.type === 'round_robin' ? action.userIds : []
  const tenant = ctx.tenantId
  await Promise.all([
    check(action.type === 'user' ? 'action.userId' : 'action.userIds', userIds, () =>
      ctx.d1.select({ id: memberships.userId }).from(memberships).where(eq(memberships.tenantId, tenant)),
    ),
    check('match.branchIds', match.branchIds, () =>
      ctx.d1.select({ id: branches.id }).from(branches).where(eq(branches.tenantId, tenant)),
    ),
    check('match.sourceIds', match.sourceIds, () =>
      ctx.d1.select({ id: leadSources.id }).from(leadSources).where(eq(leadSources.tenantId, tenant)),
    ),
    check('match.formIds', match.formIds, () =>
      ctx.d1.select({ id: leadForms.id }).from(leadForms).where(eq(leadForms.tenantId, tenant)),
    ),
  ])
  if (issues.length)
    throw new ApiError('BAD_REQUEST', 'The rule names something that does not exist', { errors: issues })
}
