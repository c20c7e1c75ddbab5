// Where a dropped card lands in its column. Positions are floats, so a drop between two cards
// writes one row (the midpoint); when repeated drops at one spot exhaust the float's precision,
// the column is renumbered once and the midpoint taken again.
import { and, eq, gt, isNull, lt, max, min, ne, sql } from 'drizzle-orm'
import type { PgTx } from '../../../lib/pg.ts'
import type { DealRow } from './deal-view.ts'
import type { MoveDealBody } from './deals.schemas.ts'
import { deals } from './deals.tables.ts'
import { badRequest } from './stage-rules.ts'

export const COLUMN_GAP = 1024
const GAP = COLUMN_GAP

interface Column {
  tenantId: string
  pipelineId: string
  stageId: string
  movingId: string
}

const inColumn = (c: Column) =>
  and(
    eq(deals.tenantId, c.tenantId),
    eq(deals.pipelineId, c.pipelineId),
    eq(deals.stageId, c.stageId),
    isNull(deals.deletedAt),
    ne(deals.id, c.movingId),
  )

async function anchorOf(tx: PgTx, c: Column, dealId: string, field: string): Promise<number> {
  if (dealId === c.movingId) throw badRequest(field, 'A deal cannot be placed next to itself')
  const [row] = await tx
    .select({ position: deals.position })
    .from(deals)
    .where(and(inColumn(c), eq(deals.id, dealId)))
  if (!row) throw badRequest(field, 'That deal is not in the stage you are moving to')
  return row.position
}

/** The neighbour just above (`before`) or below the anchor, if any. */
async function neighbour(
  tx: PgTx,
  c: Column,
  anchor: number,
  side: 'above' | 'below',
): Promise<number | null> {
  const [row] = await tx
    .select({ p: side === 'above' ? max(deals.position) : min(deals.position) })
    .from(deals)
    .where(and(inColumn(c), side === 'above' ? lt(deals.position, anchor) : gt(deals.position, anchor)))
  return row?.p ?? null
}

/** Spreads the column out again (GAP apart, same order); rare, one statement. */
async function renumber(tx: PgTx, c: Column): Promise<void> {
  await tx.execute(sql`
    update ${deals} set position = r.n * ${GAP}
    from (
      select id, row_number() over (order by position, id) as n from ${deals}
      where tenant_id = ${c.tenantId} and pipeline_id = ${c.pipelineId} and stage_id = ${c.stageId}
    ) r
    where ${deals.id} = r.id and ${deals.tenantId} = ${c.tenantId}`)
}

const usable = (lo: number, hi: number, mid: number) => mid > lo && mid < hi && hi - lo > 1e-9

async function between(tx: PgTx, c: Column, anchorId: string, field: string, side: 'above' | 'below') {
  for (let attempt = 0; attempt < 2; attempt++) {
    const anchor = await anchorOf(tx, c, anchorId, field)
    const other = await neighbour(tx, c, anchor, side)
    if (other === null) return side === 'above' ? anchor - GAP : anchor + GAP
    const [lo, hi] = side === 'above' ? [other, anchor] : [anchor, other]
    const mid = (lo + hi) / 2
    if (usable(lo, hi, mid)) return mid
    await renumber(tx, c)
  }
  throw new Error('column renumbering did not open a gap')
}

/** The position `row` takes in `stageId`'s column for this move. */
export async function positionFor(
  tx: PgTx,
  row: DealRow,
  stageId: string,
  body: MoveDealBody,
): Promise<number> {
  const c: Column = { tenantId: row.tenantId, pipelineId: row.pipelineId, stageId, movingId: row.id }
  if (body.position !== undefined) return body.position
  if (body.beforeDealId) return between(tx, c, body.beforeDealId, 'beforeDealId', 'above')
  if (body.afterDealId) return between(tx, c, body.afterDealId, 'afterDealId', 'below')
  if (stageId === row.stageId) return row.position
  // Dropped on a column, not next to a card: the bottom of it.
  const [last] = await tx
    .select({ p: max(deals.position) })
    .from(deals)
    .where(inColumn(c))
  return last?.p === null || last?.p === undefined ? 0 : last.p + GAP
}
