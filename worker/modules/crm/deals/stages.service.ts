// A pipeline's stages: added at a place, renamed, re-weighted, reordered, removed. Positions
// stay 0..n-1 (unique per pipeline), and every change to them holds the pipeline's row lock.
import { and, asc, count, eq, isNull } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { newId } from '../../../lib/ids.ts'
import type { PgTx } from '../../../lib/pg.ts'
import { crmTx } from '../crm-tx.ts'
import { deals, stages } from './deals.tables.ts'
import {
  getPipelineOrThrow,
  getStageOrThrow,
  lockPipeline,
  toStage,
  writeStageOrder,
} from './pipelines.repo.ts'
import {
  type CreateStageBody,
  MAX_STAGES,
  type Pipeline,
  type Stage,
  type UpdateStageBody,
} from './pipelines.schemas.ts'
import { auditSettingChange } from './settings-audit.ts'
import { type MovedDeal, moveStageDeals } from './stage-deals.ts'
import { badRequest, probabilityFor } from './stage-rules.ts'

const stageIdsOf = async (tx: PgTx, tenantId: string, pipelineId: string) =>
  (
    await tx
      .select({ id: stages.id })
      .from(stages)
      .where(and(eq(stages.tenantId, tenantId), eq(stages.pipelineId, pipelineId)))
      .orderBy(asc(stages.position))
  ).map((s) => s.id)

const liveDealCount = async (tx: PgTx, tenantId: string, stageId: string) => {
  const [row] = await tx
    .select({ n: count() })
    .from(deals)
    .where(and(eq(deals.tenantId, tenantId), eq(deals.stageId, stageId), isNull(deals.deletedAt)))
  return row?.n ?? 0
}

export async function createStage(ctx: TenantCtx, pipelineId: string, body: CreateStageBody): Promise<Stage> {
  const winProbability = probabilityFor(body.kind, body.winProbability, 0, 'winProbability')
  const stage = await crmTx(ctx, async (tx) => {
    await lockPipeline(tx, ctx.tenantId, pipelineId)
    const order = await stageIdsOf(tx, ctx.tenantId, pipelineId)
    if (order.length >= MAX_STAGES)
      throw new ApiError('CONFLICT', `A pipeline has at most ${MAX_STAGES} stages`)
    const id = newId('stage')
    await tx.insert(stages).values({
      id,
      tenantId: ctx.tenantId,
      pipelineId,
      name: body.name,
      kind: body.kind,
      winProbability,
      position: order.length,
    })
    const index = Math.min(body.index ?? order.length, order.length)
    if (index < order.length) {
      await writeStageOrder(tx, ctx.tenantId, pipelineId, [
        ...order.slice(0, index),
        id,
        ...order.slice(index),
      ])
    }
    return toStage(await getStageOrThrow(tx, ctx.tenantId, id))
  })
  await audit(ctx, stage.id, { change: 'created', pipelineId, name: stage.name })
  return stage
}

export async function updateStage(ctx: TenantCtx, stageId: string, body: UpdateStageBody): Promise<Stage> {
  const stage = await crmTx(ctx, async (tx) => {
    const row = await getStageOrThrow(tx, ctx.tenantId, stageId)
    const kind = body.kind ?? row.kind
    if (kind !== row.kind && (await liveDealCount(tx, ctx.tenantId, stageId)) > 0) {
      throw new ApiError(
        'CONFLICT',
        `Stage “${row.name}” holds deals: move them out before making it a ${kind} stage`,
      )
    }
    const winProbability = probabilityFor(kind, body.winProbability, row.winProbability, 'winProbability')
    const [updated] = await tx
      .update(stages)
      .set({ name: body.name ?? row.name, kind, winProbability })
      .where(and(eq(stages.tenantId, ctx.tenantId), eq(stages.id, stageId)))
      .returning()
    if (!updated) throw new ApiError('NOT_FOUND', `Stage ${stageId} not found`)
    return toStage(updated)
  })
  await audit(ctx, stageId, { change: 'updated', ...body })
  return stage
}

/** Puts the pipeline's stages in the order given; every stage must be named exactly once. */
export async function reorderStages(
  ctx: TenantCtx,
  pipelineId: string,
  stageIds: string[],
): Promise<Pipeline> {
  const pipeline = await crmTx(ctx, async (tx) => {
    await lockPipeline(tx, ctx.tenantId, pipelineId)
    const current = await stageIdsOf(tx, ctx.tenantId, pipelineId)
    const given = new Set(stageIds)
    if (
      given.size !== stageIds.length ||
      given.size !== current.length ||
      !current.every((id) => given.has(id))
    ) {
      throw badRequest('stageIds', 'Name every stage of this pipeline exactly once, in the new order')
    }
    await writeStageOrder(tx, ctx.tenantId, pipelineId, stageIds)
    return getPipelineOrThrow(tx, ctx.tenantId, pipelineId)
  })
  await audit(ctx, pipelineId, { change: 'reordered', stageIds })
  return pipeline
}

/**
 * Removes a stage. Its deals must go somewhere: with `moveToStageId` (a stage of the same
 * pipeline) they move there, each move recorded in its history; without, a stage holding
 * deals is refused (409). A pipeline keeps at least one stage.
 */
export async function deleteStage(
  ctx: TenantCtx,
  stageId: string,
  moveToStageId: string | undefined,
): Promise<MovedDeal[]> {
  const moved = await crmTx(ctx, async (tx) => {
    const row = await getStageOrThrow(tx, ctx.tenantId, stageId)
    await lockPipeline(tx, ctx.tenantId, row.pipelineId)
    const order = await stageIdsOf(tx, ctx.tenantId, row.pipelineId)
    if (order.length <= 1) throw new ApiError('CONFLICT', 'A pipeline needs at least one stage')
    const live = await liveDealCount(tx, ctx.tenantId, stageId)
    if (live > 0 && !moveToStageId) {
      throw new ApiError(
        'CONFLICT',
        `Stage “${row.name}” holds ${live} deal${live === 1 ? '' : 's'}: choose a stage to move them to (moveToStageId)`,
      )
    }
    const target = moveToStageId
      ? await tx
          .select()
          .from(stages)
          .where(and(eq(stages.tenantId, ctx.tenantId), eq(stages.id, moveToStageId)))
          .then((rows) => rows[0])
      : await getStageOrThrow(tx, ctx.tenantId, order.find((id) => id !== stageId) ?? stageId)
    if (!target || target.pipelineId !== row.pipelineId || target.id === stageId) {
      throw badRequest('moveToStageId', 'Choose another stage of the same pipeline')
    }
    const movedDeals = await moveStageDeals(ctx, tx, row, target)
    await tx.delete(stages).where(and(eq(stages.tenantId, ctx.tenantId), eq(stages.id, stageId)))
    await writeStageOrder(
      tx,
      ctx.tenantId,
      row.pipelineId,
      order.filter((id) => id !== stageId),
    )
    return movedDeals
  })
  await audit(ctx, stageId, {
    change: 'deleted',
    moveToStageId: moveToStageId ?? null,
    dealsMoved: moved.length,
  })
  return moved
}

const audit = (ctx: TenantCtx, stageId: string, metadata: Record<string, unknown>) =>
  auditSettingChange(ctx, 'stage', stageId, metadata)
