// Pipelines as the settings screen manages them. Every tenant has a default pipeline (made on
// first read); a pipeline that ever held a deal is archived instead of deleted, so reports keep it.
import { and, count, eq, max, ne } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { newId } from '../../../lib/ids.ts'
import { crmTx } from '../crm-tx.ts'
import { deals, pipelines, stages } from './deals.tables.ts'
import { DEFAULT_STAGES, ensureDefaultPipeline } from './default-pipeline.ts'
import { getPipelineOrThrow, loadPipelines, lockPipeline } from './pipelines.repo.ts'
import {
  type CreatePipelineBody,
  MAX_PIPELINES,
  type Pipeline,
  type UpdatePipelineBody,
} from './pipelines.schemas.ts'
import { auditSettingChange } from './settings-audit.ts'
import { probabilityFor } from './stage-rules.ts'

export async function listPipelines(ctx: TenantCtx, includeArchived: boolean): Promise<Pipeline[]> {
  return crmTx(ctx, async (tx) => {
    await ensureDefaultPipeline(tx, ctx.tenantId)
    return loadPipelines(tx, ctx.tenantId, { includeArchived })
  })
}

export async function createPipeline(ctx: TenantCtx, body: CreatePipelineBody): Promise<Pipeline> {
  const stageInputs = (body.stages ?? DEFAULT_STAGES).map((stage, i) => ({
    name: stage.name,
    kind: stage.kind,
    winProbability: probabilityFor(stage.kind, stage.winProbability, 0, `stages.${i}.winProbability`),
  }))
  const pipeline = await crmTx(ctx, async (tx) => {
    await ensureDefaultPipeline(tx, ctx.tenantId)
    const [{ n, last } = { n: 0, last: null }] = await tx
      .select({ n: count(), last: max(pipelines.position) })
      .from(pipelines)
      .where(eq(pipelines.tenantId, ctx.tenantId))
    if (n >= MAX_PIPELINES) {
      throw new ApiError(
        'CONFLICT',
        `A workspace has at most ${MAX_PIPELINES} pipelines (archived ones count)`,
      )
    }
    const id = newId('pipeline')
    await tx
      .insert(pipelines)
      .values({ id, tenantId: ctx.tenantId, name: body.name, position: (last ?? 0) + 1 })
    await tx.insert(stages).values(
      stageInputs.map((s, position) => ({
        id: newId('stage'),
        tenantId: ctx.tenantId,
        pipelineId: id,
        position,
        ...s,
      })),
    )
    return getPipelineOrThrow(tx, ctx.tenantId, id)
  })
  await audit(ctx, pipeline.id, { change: 'created', name: pipeline.name })
  return pipeline
}

export async function updatePipeline(
  ctx: TenantCtx,
  pipelineId: string,
  body: UpdatePipelineBody,
): Promise<Pipeline> {
  const pipeline = await crmTx(ctx, async (tx) => {
    const row = await lockPipeline(tx, ctx.tenantId, pipelineId)
    if (body.archived === true && (row.isDefault || body.isDefault)) {
      throw new ApiError(
        'CONFLICT',
        'The default pipeline cannot be archived; make another one the default first',
      )
    }
    if (body.isDefault && row.archivedAt && body.archived !== false) {
      throw new ApiError('CONFLICT', 'An archived pipeline cannot be the default; bring it back first')
    }
    if (body.isDefault && !row.isDefault) {
      await tx
        .update(pipelines)
        .set({ isDefault: false })
        .where(and(eq(pipelines.tenantId, ctx.tenantId), ne(pipelines.id, pipelineId)))
    }
    await tx
      .update(pipelines)
      .set({
        ...(body.name !== undefined ? { name: body.name } : {}),
        ...(body.position !== undefined ? { position: body.position } : {}),
        ...(body.isDefault ? { isDefault: true } : {}),
        ...(body.archived !== undefined ? { archivedAt: body.archived ? ctx.now() : null } : {}),
      })
      .where(and(eq(pipelines.tenantId, ctx.tenantId), eq(pipelines.id, pipelineId)))
    return getPipelineOrThrow(tx, ctx.tenantId, pipelineId)
  })
  await audit(ctx, pipelineId, { change: 'updated', ...body })
  return pipeline
}

/** Deletes a pipeline that never held a deal; archives one that did. The default stays. */
export async function deletePipeline(ctx: TenantCtx, pipelineId: string): Promise<'deleted' | 'archived'> {
  const outcome = await crmTx(ctx, async (tx) => {
    const row = await lockPipeline(tx, ctx.tenantId, pipelineId)
    if (row.isDefault) {
      throw new ApiError(
        'CONFLICT',
        'The default pipeline cannot be removed; make another one the default first',
      )
    }
    // Soft-deleted deals count too: they still point at it until the purge.
    const [used] = await tx
      .select({ id: deals.id })
      .from(deals)
      .where(and(eq(deals.tenantId, ctx.tenantId), eq(deals.pipelineId, pipelineId)))
      .limit(1)
    if (used) {
      await tx
        .update(pipelines)
        .set({ archivedAt: row.archivedAt ?? ctx.now() })
        .where(and(eq(pipelines.tenantId, ctx.tenantId), eq(pipelines.id, pipelineId)))
      return 'archived' as const
    }
    await tx.delete(pipelines).where(and(eq(pipelines.tenantId, ctx.tenantId), eq(pipelines.id, pipelineId)))
    return 'deleted' as const
  })
  await audit(ctx, pipelineId, { change: outcome })
  return outcome
}

const audit = (ctx: TenantCtx, pipelineId: string, metadata: Record<string, unknown>) =>
  auditSettingChange(ctx, 'pipeline', pipelineId, metadata)
