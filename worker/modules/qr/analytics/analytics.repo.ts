// Reads for scan analytics: sums over the daily rollups and conversions of the codes in scope.
// `codes` is a condition on qr_codes (analytics.scope.ts), joined on each row's code.
import { and, between, desc, eq, ne, type SQL, sql } from 'drizzle-orm'
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core'
import type { D1Db } from '../../../lib/d1.ts'
import { qrCodes, qrConversions, qrScanDaily, type ScanDimension } from '../qr.tables.ts'

export interface Span {
  tenantId: string
  codes: SQL
  from: string
  to: string
}

const sumOf = (column: SQLiteColumn) => sql<number>`coalesce(sum(${column}), 0)`.mapWith(Number)
const mostScansFirst = desc(sql`sum(${qrScanDaily.scans})`)
const anyScans = sql`sum(${qrScanDaily.scans}) > 0`

const rollupsWhere = (span: Span, dimension: SQL) =>
  and(
    eq(qrScanDaily.tenantId, span.tenantId),
    between(qrScanDaily.day, span.from, span.to),
    dimension,
    span.codes,
  )

export function dailyTotals(db: D1Db, span: Span) {
  return db
    .select({
      day: qrScanDaily.day,
      scans: sumOf(qrScanDaily.scans),
      uniques: sumOf(qrScanDaily.uniques),
      bots: sumOf(qrScanDaily.bots),
    })
    .from(qrScanDaily)
    .innerJoin(qrCodes, eq(qrCodes.id, qrScanDaily.codeId))
    .where(rollupsWhere(span, eq(qrScanDaily.dimension, 'total')))
    .groupBy(qrScanDaily.day)
}

/** Every code with human scans in the span, most scanned first. */
export function codeTotals(db: D1Db, span: Span) {
  return db
    .select({
      codeId: qrCodes.id,
      label: qrCodes.label,
      placement: qrCodes.placement,
      scans: sumOf(qrScanDaily.scans),
      uniques: sumOf(qrScanDaily.uniques),
    })
    .from(qrScanDaily)
    .innerJoin(qrCodes, eq(qrCodes.id, qrScanDaily.codeId))
    .where(rollupsWhere(span, eq(qrScanDaily.dimension, 'total')))
    .groupBy(qrCodes.id)
    .having(anyScans)
    .orderBy(mostScansFirst, qrCodes.label)
}

export interface DimensionTotal {
  dimension: Exclude<ScanDimension, 'total'>
  value: string
  scans: number
  uniques: number
}

/** Scans per value of every dimension but `total`, most first; values seen only by bots left out. */
export async function dimensionTotals(db: D1Db, span: Span): Promise<DimensionTotal[]> {
  const rows = await db
    .select({
      dimension: qrScanDaily.dimension,
      value: qrScanDaily.value,
      scans: sumOf(qrScanDaily.scans),
      uniques: sumOf(qrScanDaily.uniques),
    })
    .from(qrScanDaily)
    .innerJoin(qrCodes, eq(qrCodes.id, qrScanDaily.codeId))
    .where(rollupsWhere(span, ne(qrScanDaily.dimension, 'total')))
    .groupBy(qrScanDaily.dimension, qrScanDaily.value)
    .having(anyScans)
    .orderBy(mostScansFirst, qrScanDaily.value)
  return rows.flatMap(({ dimension, ...rest }) => (dimension === 'total' ? [] : [{ dimension, ...rest }]))
}

export function leadsPerDay(db: D1Db, span: Span) {
  return db
    .select({ day: qrConversions.day, leads: sql<number>`count(*)`.mapWith(Number) })
    .from(qrConversions)
    .innerJoin(qrCodes, eq(qrCodes.id, qrConversions.codeId))
    .where(
      and(
        eq(qrConversions.tenantId, span.tenantId),
        between(qrConversions.day, span.from, span.to),
        span.codes,
      ),
    )
    .groupBy(qrConversions.day)
}
