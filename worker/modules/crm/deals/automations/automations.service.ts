// What happens when a deal enters a stage, as the pipeline settings define it. Configs are
// checked against their action and what they point at (templates, members) when saved.
import { and, asc, count, eq, max } from 'drizzle-orm'
import type { TenantCtx } from '../../../../context.ts'
import { ApiError, issuesOf } from '../../../../lib/errors.ts'
import { newId } from '../../../../lib/ids.ts'
import type { PgTx } from '../../../../lib/pg.ts'
import { recordAudit } from '../../../audit/index.ts'
import { activityTemplates } from '../../activities/activities.tables.ts'
import { crmTx } from '../../crm-tx.ts'
import { findMembers } from '../deal-members.ts'
import { type AutomationAction, type AutomationConfig, stageAutomations } from '../deals.tables.ts'
import { getStageOrThrow } from '../pipelines.repo.ts'
import { badRequest } from '../stage-rules.ts'
import {
  CONFIG_SCHEMAS,
  type CreateStageAutomationBody,
  MAX_AUTOMATIONS,
  type StageAutomation,
  type UpdateStageAutomationBody,
} from './automations.schemas.ts'

type Row = typeof stageAutomations.$inferSelect

const toAutomation = (row: Row): StageAutomation => ({
  id: row.id,
  stageId: row.stageId,
  action: row.action,
  config: { ...row.config },
  enabled: row.enabled,
  position: row.position,
  createdAt: row.createdAt.toISOString(),
})

/** The config parsed for its action (400 naming config.<field>), its references checked. */
async function checkedConfig(
  ctx: TenantCtx,
  tx: PgTx,
  action: AutomationAction,
  raw: unknown,
): Promise<AutomationConfig> {
  const parsed = CONFIG_SCHEMAS[action].safeParse(raw)
  if (!parsed.success) {
    const errors = issuesOf(parsed.error).map((e) => ({ ...e, path: `config.${e.path}` }))
    throw new ApiError('BAD_REQUEST', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors })
  }
  const config: AutomationConfig = parsed.data
  if (config.templateId) {
    const [template] = await tx
      .select({ id: activityTemplates.id })
      .from(activityTemplates)
      .where(and(eq(activityTemplates.tenantId, ctx.tenantId), eq(activityTemplates.id, config.templateId)))
    if (!template) throw badRequest('config.templateId', `Activity template ${config.templateId} not found`)
  }
  const named = [...(config.assigneeUserId ? [config.assigneeUserId] : []), ...(config.userIds ?? [])]
  if (named.length > 0) {
    const found = new Set((await findMembers(ctx, ctx.tenantId, named)).map((m) => m.userId))
    const missing = named.find((id) => !found.has(id))
    if (missing) {
      const path = missing === config.assigneeUserId ? 'config.assigneeUserId' : 'config.userIds'
      throw badRequest(path, `${missing} is not a member of your team`)
    }
  }
  return config
}

export async function listAutomations(ctx: TenantCtx, stageId: string): Promise<StageAutomation[]> {
  return crmTx(ctx, async (tx) => {
    await getStageOrThrow(tx, ctx.tenantId, stageId)
    const rows = await tx
      .select()
      .from(stageAutomations)
      .where(and(eq(stageAutomations.tenantId, ctx.tenantId), eq(stageAutomations.stageId, stageId)))
      .orderBy(asc(stageAutomations.position), asc(stageAutomations.id))
    return rows.map(toAutomation)
  })
}

export async function createAutomation(
  ctx: TenantCtx,
  stageId: string,
  body: CreateStageAutomationBody,
): Promise<StageAutomation> {
  const automation = await crmTx(ctx, async (tx) => {
    await getStageOrThrow(tx, ctx.tenantId, stageId)
    const config = await checkedConfig(ctx, tx, body.action, body.config)
    const inStage = and(eq(stageAutomations.tenantId, ctx.tenantId), eq(stageAutomations.stageId, stageId))
    const [{ n, last } = { n: 0, last: null }] = await tx
      .select({ n: count(), last: max(stageAutomations.position) })
      .from(stageAutomations)
      .where(inStage)
    if (n >= MAX_AUTOMATIONS)
      throw new ApiError('CONFLICT', `A stage has at most ${MAX_AUTOMATIONS} automations`)
    const [row] = await tx
      .insert(stageAutomations)
      .values({
        id: newId('stageAutomation'),
        tenantId: ctx.tenantId,
        stageId,
        action: body.action,
        config,
        enabled: body.enabled,
        position: last === null ? 0 : last + 1,
      })
      .returning()
    if (!row) throw new Error('the new automation was not returned')
    return toAutomation(row)
  })
  await audit(ctx, automation.id, { change: 'created', stageId, action: automation.action })
  return automation
}

async function findRow(tx: PgTx, tenantId: string, id: string): Promise<Row> {
  const [row] = await tx
    .select()
    .from(stageAutomations)
    .where(and(eq(stageAutomations.tenantId, tenantId), eq(stageAutomations.id, id)))
  if (!row) throw new ApiError('NOT_FOUND', `Stage automation ${id} not found`)
  return row
}

export async function updateAutomation(
  ctx: TenantCtx,
  id: string,
  body: UpdateStageAutomationBody,
): Promise<StageAutomation> {
  const automation = await crmTx(ctx, async (tx) => {
    const row = await findRow(tx, ctx.tenantId, id)
    const config =
      body.config !== undefined ? await checkedConfig(ctx, tx, row.action, body.config) : row.config
    const [updated] = await tx
      .update(stageAutomations)
      .set({
        config,
        enabled: body.enabled ?? row.enabled,
        position: body.position ?? row.position,
      })
      .where(and(eq(stageAutomations.tenantId, ctx.tenantId), eq(stageAutomations.id, id)))
      .returning()
    if (!updated) throw new ApiError('NOT_FOUND', `Stage automation ${id} not found`)
    return toAutomation(updated)
  })
  await audit(ctx, id, { change: 'updated', enabled: automation.enabled })
  return automation
}

export async function deleteAutomation(ctx: TenantCtx, id: string): Promise<void> {
  await crmTx(ctx, async (tx) => {
    await findRow(tx, ctx.tenantId, id)
    await tx
      .delete(stageAutomations)
      .where(and(eq(stageAutomations.tenantId, ctx.tenantId), eq(stageAutomations.id, id)))
  })
  await audit(ctx, id, { change: 'deleted' })
}

async function audit(ctx: TenantCtx, id: string, metadata: Record<string, unknown>) {
  await recordAudit(ctx, {
    action: 'crm.stage_automation_changed',
    tenantId: ctx.tenantId,
    actor: ctx.actor,
    target: { type: 'stage_automation', id },
    metadata,
  }).catch((error: unknown) => ctx.log.error('audit write failed', { id, error: String(error) }))
}
