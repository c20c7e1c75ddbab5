import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm'
import { ApiError } from '../../../lib/errors.ts'
import type { PgTx } from '../../../lib/pg.ts'
import { pipelines, stages } from './deals.tables.ts'
import type { Pipeline, Stage } from './pipelines.schemas.ts'

export type PipelineRow = typeof pipelines.$inferSelect
export type StageRow = typeof stages.$inferSelect

export const toStage = (row: StageRow): Stage => ({
  id: row.id,
  pipelineId: row.pipelineId,
  name: row.name,
  position: row.position,
  kind: row.kind,
  winProbability: row.winProbability,
})

/** Pipelines with their stages in board order: two queries however many there are. */
export async function loadPipelines(
  tx: PgTx,
  tenantId: string,
  options: { ids?: string[]; includeArchived?: boolean } = {},
): Promise<Pipeline[]> {
  const rows = await tx
    .select()
    .from(pipelines)
    .where(
      and(
        eq(pipelines.tenantId, tenantId),
        options.ids ? inArray(pipelines.id, options.ids) : undefined,
        options.includeArchived ? undefined : isNull(pipelines.archivedAt),
      ),
    )
    .orderBy(asc(pipelines.position), asc(pipelines.createdAt), asc(pipelines.id))
  if (rows.length === 0) return []
  const stageRows = await tx
    .select()
    .from(stages)
    .where(
      and(
        eq(stages.tenantId, tenantId),
        inArray(
          stages.pipelineId,
          rows.map((r) => r.id),
        ),
      ),
    )
    .orderBy(asc(stages.position))
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    isDefault: row.isDefault,
    position: row.position,
    archivedAt: row.archivedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    stages: stageRows.filter((s) => s.pipelineId === row.id).map(toStage),
  }))
}

export async function getPipelineOrThrow(tx: PgTx, tenantId: string, pipelineId: string): Promise<Pipeline> {
  const [pipeline] = await loadPipelines(tx, tenantId, { ids: [pipelineId], includeArchived: true })
  if (!pipeline) throw new ApiError('NOT_FOUND', `Pipeline ${pipelineId} not found`)
  return pipeline
}

/** A stage of the tenant, locked against concurrent edits of the same pipeline's order. */
export async function getStageOrThrow(tx: PgTx, tenantId: string, stageId: string): Promise<StageRow> {
  const [row] = await tx
    .select()
    .from(stages)
    .where(and(eq(stages.tenantId, tenantId), eq(stages.id, stageId)))
  if (!row) throw new ApiError('NOT_FOUND', `Stage ${stageId} not found`)
  return row
}

/**
 * Serialises changes to one pipeline's stages (add, remove, reorder), so two editors cannot
 * both read positions 0..n and write clashing ones; the lock ends with the transaction.
 */
export async function lockPipeline(tx: PgTx, tenantId: string, pipelineId: string): Promise<PipelineRow> {
  const [row] = await tx
    .select()
    .from(pipelines)
    .where(and(eq(pipelines.tenantId, tenantId), eq(pipelines.id, pipelineId)))
    .for('update')
  if (!row) throw new ApiError('NOT_FOUND', `Pipeline ${pipelineId} not found`)
  return row
}

/**
 * Writes the stages' order as 0..n-1. Positions are unique per pipeline and checked row by
 * row, so they are first moved out of the way (negated) and then set in one statement.
 */
export async function writeStageOrder(
  tx: PgTx,
  tenantId: string,
  pipelineId: string,
  orderedIds: readonly string[],
): Promise<void> {
  await tx
    .update(stages)
    .set({ position: sql`-${stages.position} - 1` })
    .where(and(eq(stages.tenantId, tenantId), eq(stages.pipelineId, pipelineId)))
  if (orderedIds.length === 0) return
  const cases = sql.join(
    orderedIds.map((id, i) => sql`when ${id} then ${i}::int`),
    sql` `,
  )
  await tx
    .update(stages)
    .set({ position: sql`case ${stages.id} ${cases} end` })
    .where(
      and(
        eq(stages.tenantId, tenantId),
        eq(stages.pipelineId, pipelineId),
        inArray(stages.id, [...orderedIds]),
      ),
    )
}
