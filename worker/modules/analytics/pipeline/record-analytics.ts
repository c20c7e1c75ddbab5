/**
 * The `events` queue consumer for analytics: QR scans, page views, actions and lead touches
 * become raw events and rollups; refused beacons are counted. Events go to D1 in groups, each
 * in one transaction whose rollups count only the rows it inserted, so a redelivered event
 * counts once. When a group fails its events are written one by one, so one bad message
 * cannot hold the others back; a message that cannot be understood is retried into the
 * dead-letter queue, where it is parked, never dropped. Events for a tenant that is gone, or
 * beacons naming a site that is not the tenant's, are dropped on purpose (acked, logged).
 */
import type { Ctx } from '../../../context.ts'
import { countRejects } from './count-rejects.ts'
import { writeToEngine } from './engine.ts'
import type { EventRow } from './event-row.ts'
import { noteLiveVisitors } from './live.ts'
import { type Incoming, parseMessages, retryDelaySeconds } from './parse-messages.ts'
import { type Resolved, resolveEvents } from './resolve-events.ts'
import { writeEvents } from './write-events.ts'

// Events per D1 write: lookups stay under 100 bound parameters and a write stays small.
export const EVENTS_PER_WRITE = 50

const isLead = (item: Incoming) => item.kind === 'event' && item.event.kind === 'lead'

export async function recordAnalytics(ctx: Ctx, messages: readonly Message<unknown>[]): Promise<void> {
  const { events, rejects } = parseMessages(ctx, messages)
  await countRejects(ctx, rejects)
  // Leads last: their touch paths look for the same visitor's views, these included.
  const ordered = [...events.filter((item) => !isLead(item)), ...events.filter(isLead)]
  const written: EventRow[] = []
  for (let i = 0; i < ordered.length; i += EVENTS_PER_WRITE) {
    written.push(...(await recordGroup(ctx, ordered.slice(i, i + EVENTS_PER_WRITE))))
  }
  writeToEngine(ctx, written)
  await noteLiveVisitors(ctx, written)
}

/** Writes one group; returns the events that were new. */
async function recordGroup(ctx: Ctx, group: Incoming[]): Promise<EventRow[]> {
  let resolved: Awaited<ReturnType<typeof resolveEvents>>
  try {
    resolved = await resolveEvents(ctx, group)
  } catch (error) {
    ctx.log.error('analytics lookups failed; will retry', { events: group.length, error })
    for (const { message } of group) message.retry({ delaySeconds: retryDelaySeconds(message.attempts) })
    return []
  }
  for (const { message, why, eventId, tenantId } of resolved.dropped) {
    ctx.log.info('analytics event ignored', { why, eventId, tenantId })
    message.ack()
  }
  try {
    const fresh = await writeEvents(
      ctx,
      resolved.kept.map(({ row }) => row),
    )
    for (const { message } of resolved.kept) message.ack()
    return fresh
  } catch (error) {
    ctx.log.warn('analytics group failed; writing its events one by one', {
      events: resolved.kept.length,
      error,
    })
    const fresh: EventRow[] = []
    for (const one of resolved.kept) fresh.push(...(await recordOne(ctx, one)))
    return fresh
  }
}

async function recordOne(ctx: Ctx, { message, row }: Resolved): Promise<EventRow[]> {
  try {
    const fresh = await writeEvents(ctx, [row])
    message.ack()
    return fresh
  } catch (error) {
    ctx.log.error('analytics event not recorded; will retry', {
      messageId: message.id,
      eventId: row.id,
      attempts: message.attempts,
      error,
    })
    message.retry({ delaySeconds: retryDelaySeconds(message.attempts) })
    return []
  }
}
