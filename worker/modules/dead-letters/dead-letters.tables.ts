// D1: messages that exhausted their retries, parked for inspection and replay.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { createdAt } from '../../lib/time.ts'

export const deadLetters = sqliteTable(
  'dead_letters',
  {
    id: text('id').primaryKey(),
    queue: text('queue').notNull(),
    messageId: text('message_id').notNull().unique(),
    tenantId: text('tenant_id'),
    body: text('body', { mode: 'json' }).notNull(),
    attempts: integer('attempts').notNull(),
    replayedAt: integer('replayed_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [index('dead_letters_queue_created').on(t.queue, t.createdAt)],
)
