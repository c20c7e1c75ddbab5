import { sql } from 'drizzle-orm'
import { integer } from 'drizzle-orm/sqlite-core'

/** D1 timestamps: integer milliseconds since the epoch, set by the database when omitted. */
export const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' }).notNull().default(sql`(unixepoch('subsec') * 1000)`)
