// Progress of a tenant's full recompute, for the settings screen's "Recompute now": a small
// record in KV (`scoring:{tenantId}`) that each page of the run updates. Progress is a
// courtesy; losing an update never affects the scores themselves.
import { z } from 'zod'
import type { Ctx } from '../../../context.ts'
import type { RecomputeStatus } from './rules.schemas.ts'

const key = (tenantId: string) => `scoring:${tenantId}`
const KEEP_SECONDS = 7 * 24 * 60 * 60
/** A run that has not moved for this long is taken as finished or lost, and may be started again. */
export const STALE_RUN_MS = 15 * 60 * 1000

const Stored = z.object({
  startedAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
  processed: z.number().int().min(0),
  total: z.number().int().min(0),
  queued: z.boolean(),
})
type Stored = z.infer<typeof Stored>

async function readStored(ctx: Pick<Ctx, 'env'>, tenantId: string): Promise<Stored | null> {
  const parsed = Stored.safeParse(await ctx.env.SITE_CACHE.get(key(tenantId), 'json'))
  return parsed.success ? parsed.data : null
}

async function writeStored(ctx: Pick<Ctx, 'env' | 'log'>, tenantId: string, value: Stored): Promise<void> {
  try {
    await ctx.env.SITE_CACHE.put(key(tenantId), JSON.stringify(value), { expirationTtl: KEEP_SECONDS })
  } catch (error) {
    ctx.log.warn('scoring progress not saved', { tenantId, error })
  }
}

export async function readRecomputeStatus(ctx: Pick<Ctx, 'env'>, tenantId: string): Promise<RecomputeStatus> {
  const stored = await readStored(ctx, tenantId)
  if (!stored) return { state: 'idle', processed: 0, total: 0, startedAt: null, finishedAt: null }
  const state = stored.finishedAt ? 'done' : stored.queued ? 'queued' : 'running'
  return {
    state,
    processed: Math.min(stored.processed, stored.total),
    total: stored.total,
    startedAt: stored.startedAt,
    finishedAt: stored.finishedAt,
  }
}

/** True while a run is queued or moving (updated within STALE_RUN_MS). */
export async function isRunActive(ctx: Pick<Ctx, 'env'>, tenantId: string, now: Date): Promise<boolean> {
  const stored = await readStored(ctx, tenantId)
  return !!stored && !stored.finishedAt && now.getTime() - Date.parse(stored.updatedAt) < STALE_RUN_MS
}

export function markQueued(ctx: Pick<Ctx, 'env' | 'log'>, tenantId: string, total: number, now: Date) {
  const at = now.toISOString()
  return writeStored(ctx, tenantId, {
    startedAt: at,
    updatedAt: at,
    finishedAt: null,
    processed: 0,
    total,
    queued: true,
  })
}

/** After a page of a full run: the first page starts the record, the last one finishes it. */
export async function recordPage(
  ctx: Pick<Ctx, 'env' | 'log'>,
  tenantId: string,
  page: { first: boolean; last: boolean; size: number; total: number | null },
  now: Date,
): Promise<void> {
  const at = now.toISOString()
  const before = page.first ? null : await readStored(ctx, tenantId)
  const processed = (before?.processed ?? 0) + page.size
  await writeStored(ctx, tenantId, {
    startedAt: before?.startedAt ?? at,
    updatedAt: at,
    finishedAt: page.last ? at : null,
    processed,
    total: page.total ?? before?.total ?? processed,
    queued: false,
  })
}
