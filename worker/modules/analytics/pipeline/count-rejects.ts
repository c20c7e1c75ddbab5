// Beacons refused at the door, counted per UTC day and reason so the drop rate is visible.
// A refused beacon has no id, so a redelivered reject counts again: a count of noise, not of
// visits, where being off by a redelivery is harmless.
import type { Ctx } from '../../../context.ts'
import { utcDay } from './event-row.ts'
import { type IncomingReject, retryDelaySeconds } from './parse-messages.ts'

const ADD_REJECTS = `insert into analytics_rejects (day, reason, count) values (?1, ?2, ?3)
on conflict (day, reason) do update set count = analytics_rejects.count + excluded.count`

export async function countRejects(ctx: Ctx, rejects: readonly IncomingReject[]): Promise<void> {
  if (rejects.length === 0) return
  const counts = new Map<string, { day: string; reason: string; count: number }>()
  for (const { reject } of rejects) {
    const day = utcDay(reject.at)
    const key = `${day}|${reject.reason}`
    const entry = counts.get(key) ?? { day, reason: reject.reason, count: 0 }
    entry.count += 1
    counts.set(key, entry)
  }
  const db = ctx.env.DB
  try {
    await db.batch([...counts.values()].map((c) => db.prepare(ADD_REJECTS).bind(c.day, c.reason, c.count)))
    for (const { message } of rejects) message.ack()
  } catch (error) {
    ctx.log.error('rejected beacons not counted; will retry', { rejects: rejects.length, error })
    for (const { message } of rejects) message.retry({ delaySeconds: retryDelaySeconds(message.attempts) })
  }
}
