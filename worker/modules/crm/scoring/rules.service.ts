import type { TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { newId } from '../../../lib/ids.ts'
import type { PgTx } from '../../../lib/pg.ts'
import { recordAudit } from '../../audit/index.ts'
import { crmTx } from '../crm-tx.ts'
import { fitConditionSql, loadFitDefs } from './fit-sql.ts'
import {
  deleteRuleRow,
  findRuleRow,
  insertRuleRows,
  listRuleRows,
  lockRules,
  ruleCountAndEnd,
  type ScoringRuleRow,
  updateRuleRow,
} from './rules.repo.ts'
import {
  MAX_SCORING_RULES,
  type ScoringRule,
  type ScoringRuleInput,
  type ScoringRuleList,
  type ScoringRulePatch,
} from './rules.schemas.ts'
import type { ScoringCondition } from './scoring.schemas.ts'
import { SUGGESTED_RULES } from './suggested-rules.ts'

export const toScoringRule = (row: ScoringRuleRow): ScoringRule => ({
  id: row.id,
  label: row.label,
  condition: row.condition,
  points: row.points,
  enabled: row.enabled,
  position: row.position,
  createdAt: row.createdAt.toISOString(),
})

/** A fit rule must name a field the tenant can filter on today (custom fields: defined ones). */
async function checkCondition(tx: PgTx, tenantId: string, condition: ScoringCondition): Promise<void> {
  if (condition.kind !== 'fit') return
  fitConditionSql(condition.condition, await loadFitDefs(tx, tenantId))
}

const audit = (
  ctx: TenantCtx,
  change: string,
  ruleId: string | null,
  metadata: Record<string, unknown> = {},
) =>
  recordAudit(ctx, {
    action: 'crm.scoring_rules_changed',
    tenantId: ctx.tenantId,
    actor: ctx.actor,
    ...(ruleId ? { target: { type: 'scoring_rule', id: ruleId } } : {}),
    metadata: { change, ...metadata },
  })

export async function listRules(ctx: TenantCtx): Promise<ScoringRuleList> {
  const rows = await crmTx(ctx, (tx) => listRuleRows(tx, ctx.tenantId))
  return { items: rows.map(toScoringRule) }
}

async function getRuleOrThrow(tx: PgTx, tenantId: string, ruleId: string): Promise<ScoringRuleRow> {
  const row = await findRuleRow(tx, tenantId, ruleId)
  if (!row) throw new ApiError('NOT_FOUND', `Scoring rule ${ruleId} not found`)
  return row
}

async function assertRoomForRules(tx: PgTx, tenantId: string, adding: number): Promise<number> {
  await lockRules(tx, tenantId)
  const { count, end } = await ruleCountAndEnd(tx, tenantId)
  if (count + adding > MAX_SCORING_RULES)
    throw new ApiError('CONFLICT', `An organisation may have at most ${MAX_SCORING_RULES} scoring rules`)
  return end
}

export async function createRule(ctx: TenantCtx, body: ScoringRuleInput): Promise<ScoringRule> {
  const row = await crmTx(ctx, async (tx) => {
    await checkCondition(tx, ctx.tenantId, body.condition)
    const position = await assertRoomForRules(tx, ctx.tenantId, 1)
    const id = newId('scoringRule')
    const [inserted] = await insertRuleRows(tx, [{ id, tenantId: ctx.tenantId, ...body, position }])
    if (!inserted) throw new Error('scoring rule insert returned nothing')
    return inserted
  })
  await audit(ctx, 'created', row.id, { label: row.label, points: row.points })
  return toScoringRule(row)
}

/** Moves a rule to `position` in the list; the others close up behind it. */
async function moveRule(tx: PgTx, tenantId: string, ruleId: string, position: number): Promise<void> {
  const rows = await listRuleRows(tx, tenantId)
  const moving = rows.find((r) => r.id === ruleId)
  if (!moving) return
  const order = rows.filter((r) => r.id !== ruleId)
  order.splice(Math.min(position, order.length), 0, moving)
  for (const [index, row] of order.entries())
    if (row.position !== index) await updateRuleRow(tx, tenantId, row.id, { position: index })
}

export async function updateRule(
  ctx: TenantCtx,
  ruleId: string,
  patch: ScoringRulePatch,
): Promise<ScoringRule> {
  const row = await crmTx(ctx, async (tx) => {
    await getRuleOrThrow(tx, ctx.tenantId, ruleId)
    if (patch.condition) await checkCondition(tx, ctx.tenantId, patch.condition)
    const { position, ...changes } = patch
    if (position !== undefined) {
      await lockRules(tx, ctx.tenantId)
      await moveRule(tx, ctx.tenantId, ruleId, position)
    }
    if (Object.keys(changes).length > 0) await updateRuleRow(tx, ctx.tenantId, ruleId, changes)
    return getRuleOrThrow(tx, ctx.tenantId, ruleId)
  })
  await audit(ctx, 'updated', ruleId, { fields: Object.keys(patch) })
  return toScoringRule(row)
}

export async function deleteRule(ctx: TenantCtx, ruleId: string): Promise<void> {
  const deleted = await crmTx(ctx, (tx) => deleteRuleRow(tx, ctx.tenantId, ruleId))
  if (!deleted) throw new ApiError('NOT_FOUND', `Scoring rule ${ruleId} not found`)
  await audit(ctx, 'deleted', ruleId)
}

/** The starter set, for an organisation that has no rules yet (409 once it has any). */
export async function addSuggestedRules(ctx: TenantCtx): Promise<ScoringRuleList> {
  const rows = await crmTx(ctx, async (tx) => {
    await lockRules(tx, ctx.tenantId)
    const { count } = await ruleCountAndEnd(tx, ctx.tenantId)
    if (count > 0)
      throw new ApiError(
        'CONFLICT',
        'Suggested rules are for a fresh start; this organisation already has rules',
      )
    return insertRuleRows(
      tx,
      SUGGESTED_RULES.map((rule, position) => ({
        id: newId('scoringRule'),
        tenantId: ctx.tenantId,
        ...rule,
        enabled: true,
        position,
      })),
    )
  })
  await audit(ctx, 'suggested_added', null, { count: rows.length })
  return { items: rows.sort((a, b) => a.position - b.position).map(toScoringRule) }
}
