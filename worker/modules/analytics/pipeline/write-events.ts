// One group of events into D1 in a single batch (one transaction): the raw rows, then every
// rollup built from exactly the rows this write inserted. Either all of it lands or none.
import { getTableColumns } from 'drizzle-orm'
import type { Ctx } from '../../../context.ts'
import { analyticsEvents } from '../analytics.tables.ts'
import type { EventRow } from './event-row.ts'
import {
  DAILY_SQL,
  HOURLY_SQL,
  LATER_TOUCHES_SQL,
  NEW_LEAD_TOUCHES_SQL,
  NEW_LEADS_SQL,
  REMEMBER_VISITORS_SQL,
  VISITORS_SQL,
} from './rollup-sql.ts'

// The rows go in as one JSON parameter: a column list of bound values would pass D1's 100
// parameters per statement with two events.
const columns = Object.entries(getTableColumns(analyticsEvents)).filter(([key]) => key !== 'batchId')
const INSERT_SQL = `insert or ignore into analytics_events (${columns.map(([, column]) => column.name).join(', ')}, batch_id)
select ${columns.map(([key]) => `json_extract(value, '$.${key}')`).join(', ')}, ?2
from json_each(?1) where true
returning id`

const ROLLUPS = [
  DAILY_SQL,
  HOURLY_SQL,
  VISITORS_SQL,
  REMEMBER_VISITORS_SQL,
  NEW_LEAD_TOUCHES_SQL,
  LATER_TOUCHES_SQL,
  NEW_LEADS_SQL,
]

/** A unique id for one write attempt: its rows, and only its rows, feed its rollups. */
const newBatchId = () => `ab_${Date.now().toString(36)}_${crypto.randomUUID()}`

/** Writes the rows and their rollups; returns the rows that were new (not redeliveries). */
export async function writeEvents(ctx: Ctx, rows: readonly EventRow[]): Promise<EventRow[]> {
  if (rows.length === 0) return []
  const db = ctx.env.DB
  const batchId = newBatchId()
  const [inserted] = await db.batch<{ id: string }>([
    db.prepare(INSERT_SQL).bind(JSON.stringify(rows), batchId),
    ...ROLLUPS.map((statement) => db.prepare(statement).bind(batchId)),
  ])
  // A message delivered twice in one batch is one row: each id is returned once.
  const fresh = new Set((inserted?.results ?? []).map((row) => row.id))
  return rows.filter((row) => fresh.delete(row.id))
}
