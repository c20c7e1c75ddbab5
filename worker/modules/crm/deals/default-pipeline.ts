import { and, eq, sql } from 'drizzle-orm'
import { newId } from '../../../lib/ids.ts'
import type { PgTx } from '../../../lib/pg.ts'
import { pipelines, stages } from './deals.tables.ts'

export const DEFAULT_STAGES = [
  { name: 'New', winProbability: 10, kind: 'open' },
  { name: 'Contacted', winProbability: 25, kind: 'open' },
  { name: 'Qualified', winProbability: 50, kind: 'open' },
  { name: 'Proposal', winProbability: 75, kind: 'open' },
  { name: 'Won', winProbability: 100, kind: 'won' },
  { name: 'Lost', winProbability: 0, kind: 'lost' },
] as const

/** Every tenant starts with a sales pipeline; calling this again changes nothing. */
export async function ensureDefaultPipeline(tx: PgTx, tenantId: string): Promise<string> {
  const found = await findDefault(tx, tenantId)
  if (found) return found
  // Two first requests at once would each create one; the second waits here, then finds it.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`default-pipeline:${tenantId}`}, 0))`)
  const existing = await findDefault(tx, tenantId)
  if (existing) return existing
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

async function findDefault(tx: PgTx, tenantId: string): Promise<string | null> {
  const [existing] = await tx
    .select({ id: pipelines.id })
    .from(pipelines)
    .where(and(eq(pipelines.tenantId, tenantId), eq(pipelines.isDefault, true)))
    .limit(1)
  return existing?.id ?? null
}
