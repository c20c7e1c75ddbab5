import { and, eq, isNotNull, isNull, lt } from 'drizzle-orm'
import type { Ctx } from '../../context.ts'
import { newId } from '../../lib/ids.ts'
import { deadLetters } from './dead-letters.tables.ts'

/** Which producer a dead-letter queue's messages go back to on replay. */
export type ReplayTarget = 'LEADS_QUEUE' | 'EMAIL_QUEUE' | 'EVENTS_QUEUE' | 'EXPORTS_QUEUE' | 'WEBHOOKS_QUEUE'

const tenantOf = (body: unknown) =>
  typeof body === 'object' && body !== null && 'tenantId' in body && typeof body.tenantId === 'string'
    ? body.tenantId
    : null

/**
 * The dead-letter consumers: every message that exhausted its retries is written to D1
 * before it is acknowledged, so it survives for inspection and replay.
 */
export async function parkDeadLetters(ctx: Ctx, queue: string, batch: MessageBatch<unknown>): Promise<void> {
  const rows = batch.messages.map((m) => ({
    id: newId('deadLetter'),
    queue,
    messageId: m.id,
    tenantId: tenantOf(m.body),
    body: m.body,
    attempts: m.attempts,
  }))
  if (rows.length === 0) return
  await ctx.d1.insert(deadLetters).values(rows).onConflictDoNothing({ target: deadLetters.messageId })
  ctx.log.error('messages parked in dead letters', { queue, count: rows.length })
  batch.ackAll()
}

/** Sends a parked message back to its queue once; returns false if unknown or already replayed. */
export async function replayDeadLetter(ctx: Ctx, id: string, target: ReplayTarget): Promise<boolean> {
  const [row] = await ctx.d1
    .select()
    .from(deadLetters)
    .where(and(eq(deadLetters.id, id), isNull(deadLetters.replayedAt)))
  if (!row) return false
  await ctx.env[target].send(row.body, { contentType: 'json' })
  await ctx.d1.update(deadLetters).set({ replayedAt: ctx.now() }).where(eq(deadLetters.id, id))
  return true
}

const RETENTION_MS = 30 * 24 * 60 * 60 * 1000

/** Daily: forget messages that were replayed more than 30 days ago. Unreplayed ones stay. */
export async function purgeReplayedDeadLetters(ctx: Ctx): Promise<number> {
  const cutoff = new Date(ctx.now().getTime() - RETENTION_MS)
  const deleted = await ctx.d1
    .delete(deadLetters)
    .where(and(isNotNull(deadLetters.replayedAt), lt(deadLetters.replayedAt, cutoff)))
    .returning({ id: deadLetters.id })
  return deleted.length
}
