import { and, desc, eq, isNotNull, isNull, lt } from 'drizzle-orm'
import type { D1Db } from '../../lib/d1.ts'
import type { ListDeadLettersQuery } from './dead-letters.schemas.ts'
import { deadLetters } from './dead-letters.tables.ts'

export type DeadLetterRow = typeof deadLetters.$inferSelect

/** Newest first (ids sort by time); one row more than the page, to tell whether another follows. */
export async function listDeadLetters(db: D1Db, query: ListDeadLettersQuery) {
  const replayed =
    query.replayed === undefined
      ? undefined
      : query.replayed
        ? isNotNull(deadLetters.replayedAt)
        : isNull(deadLetters.replayedAt)
  return db
    .select()
    .from(deadLetters)
    .where(
      and(
        query.queue ? eq(deadLetters.queue, query.queue) : undefined,
        replayed,
        query.cursor ? lt(deadLetters.id, query.cursor) : undefined,
      ),
    )
    .orderBy(desc(deadLetters.id))
    .limit(query.limit + 1)
}

export async function findDeadLetter(db: D1Db, id: string): Promise<DeadLetterRow | undefined> {
  const [row] = await db.select().from(deadLetters).where(eq(deadLetters.id, id)).limit(1)
  return row
}

/** Marks the row replayed unless it already was; only the caller that wins may send it. */
export async function claimReplay(db: D1Db, id: string, at: Date): Promise<boolean> {
  const claimed = await db
    .update(deadLetters)
    .set({ replayedAt: at })
    .where(and(eq(deadLetters.id, id), isNull(deadLetters.replayedAt)))
    .returning({ id: deadLetters.id })
  return claimed.length > 0
}

/** Undoes a claim whose send failed, so the message can be replayed later. */
export async function releaseReplay(db: D1Db, id: string, at: Date): Promise<void> {
  await db
    .update(deadLetters)
    .set({ replayedAt: null })
    .where(and(eq(deadLetters.id, id), eq(deadLetters.replayedAt, at)))
}
