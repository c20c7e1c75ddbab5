import { and, isNotNull, lt } from 'drizzle-orm'
import type { Ctx } from '../../context.ts'
import { ApiError } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { idPage } from '../../lib/paging.ts'
import { recordAudit } from '../audit/index.ts'
import type { MemberActor } from '../auth/index.ts'
import * as repo from './dead-letters.repo.ts'
import type {
  DeadLetter,
  DeadLetterList,
  DeadLetterQueue,
  ListDeadLettersQuery,
} from './dead-letters.schemas.ts'
import { deadLetters } from './dead-letters.tables.ts'

type QueueBinding =
  | 'LEADS_QUEUE'
  | 'EMAIL_QUEUE'
  | 'EVENTS_QUEUE'
  | 'EXPORTS_QUEUE'
  | 'WEBHOOKS_QUEUE'
  | 'CRM_QUEUE'

/** Which producer a dead-letter queue's messages go back to on replay. */
const REPLAY_TARGETS: Record<DeadLetterQueue, { binding: QueueBinding; queue: string }> = {
  'leads-dlq': { binding: 'LEADS_QUEUE', queue: 'leads' },
  'email-dlq': { binding: 'EMAIL_QUEUE', queue: 'email' },
  'events-dlq': { binding: 'EVENTS_QUEUE', queue: 'events' },
  'exports-dlq': { binding: 'EXPORTS_QUEUE', queue: 'exports' },
  'webhooks-dlq': { binding: 'WEBHOOKS_QUEUE', queue: 'webhooks' },
  'crm-dlq': { binding: 'CRM_QUEUE', queue: 'crm' },
}

const targetOf = (queue: string) =>
  Object.hasOwn(REPLAY_TARGETS, queue) ? REPLAY_TARGETS[queue as DeadLetterQueue] : null

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

const toDeadLetter = (row: repo.DeadLetterRow): DeadLetter => ({
  id: row.id,
  queue: row.queue,
  replayQueue: targetOf(row.queue)?.queue ?? null,
  messageId: row.messageId,
  tenantId: row.tenantId,
  attempts: row.attempts,
  body: row.body,
  replayedAt: row.replayedAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
})

export async function listDeadLetters(ctx: Ctx, query: ListDeadLettersQuery): Promise<DeadLetterList> {
  const rows = await repo.listDeadLetters(ctx.d1, query)
  const { page, nextCursor } = idPage(rows, query.limit)
  return { data: page.map(toDeadLetter), nextCursor }
}

async function getRowOrThrow(ctx: Ctx, id: string) {
  const row = await repo.findDeadLetter(ctx.d1, id)
  if (!row) throw new ApiError('NOT_FOUND', `Dead letter ${id} not found`)
  return row
}

export async function getDeadLetter(ctx: Ctx, id: string): Promise<DeadLetter> {
  return toDeadLetter(await getRowOrThrow(ctx, id))
}

/**
 * Sends a parked message back to the queue it died on, once. The row is claimed before the
 * send, so two admins pressing replay together send it once; a failed send releases the claim.
 * Consumers are idempotent by message content (a lead's key, a delivery's id), so a replay of
 * work that was in fact done does nothing twice.
 */
export async function replayDeadLetter(ctx: Ctx, admin: MemberActor, id: string): Promise<DeadLetter> {
  const row = await getRowOrThrow(ctx, id)
  const target = targetOf(row.queue)
  if (!target) throw new ApiError('CONFLICT', `Messages from ${row.queue} have no queue to go back to`)
  if (row.replayedAt) throw new ApiError('CONFLICT', 'This message was replayed already')
  const at = ctx.now()
  if (!(await repo.claimReplay(ctx.d1, id, at)))
    throw new ApiError('CONFLICT', 'This message was replayed already')
  try {
    await ctx.env[target.binding].send(row.body, { contentType: 'json' })
  } catch (error) {
    await repo.releaseReplay(ctx.d1, id, at)
    ctx.log.error('dead letter replay failed', { deadLetterId: id, queue: target.queue, error })
    throw new ApiError('UNAVAILABLE', 'The queue did not take the message; try again in a moment')
  }
  await recordAudit(ctx, {
    action: 'admin.dead_letter_replayed',
    tenantId: row.tenantId,
    actor: admin,
    target: { type: 'dead_letter', id },
    metadata: { queue: row.queue, messageId: row.messageId, attempts: row.attempts },
  })
  return toDeadLetter({ ...row, replayedAt: at })
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
