import { and, eq } from 'drizzle-orm'
import { newId } from '../../lib/ids.ts'
import type { PgTx } from '../../lib/pg.ts'
import { pipelines, stages } from './crm.tables.ts'

export const DEFAULT_STAGES = [
  { name: 'New', winProbability: 10 },
  { name: 'Contacted', winProbability: 25 },
  { name: 'Qualified', winProbability: 50 },
  { name: 'Proposal', winProbability: 75 },
  { name: 'Won', winProbability: 100 },
  { name: 'Lost', winProbability: 0 },
] as const

/** Every tenant starts with a sales pipeline; calling this again changes nothing. */
export async function ensureDefaultPipeline(tx: PgTx, tenantId: string): Promise<string> {
  const [existing] = await tx
    .select({ id: pipelines.id })
    .from(pipelines)
    .where(and(eq(pipelines.tenantId, tenantId), eq(pipelines.isDefault, true)))
    .limit(1)
  if (existing) return existing.id
  const pipelineId = newId('pipeline')
  await tx.insert(pipelines).values({ id: pipelineId, tenantId, name: 'Sales', isDefault: true })
  await tx.insert(stages).values(
    DEFAULT_STAGES.map((stage, position) => ({
      id: newId('stage'),
      tenantId,
      pipelineId,
      position,
      ...stage,
    })),
  )
  return pipelineId
}
