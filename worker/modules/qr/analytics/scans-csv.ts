import { and, asc, count, eq, gt, gte, lt, or, type SQL } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import { csvRow } from '../../../lib/csv.ts'
import { csvStream } from '../../../lib/csv-stream.ts'
import type { D1Db } from '../../../lib/d1.ts'
import { qrCodes, qrScans } from '../qr.tables.ts'
import type { ExportScansQuery } from './analytics.schemas.ts'
import { codeScope } from './analytics.scope.ts'
import { type DayRange, dayRange } from './date-range.ts'

/** Enough for a year of a busy branch; more is exported in shorter ranges. */
export const SCANS_EXPORT_MAX_ROWS = 100_000
const PAGE_ROWS = 500

// Never the visitor hash: it exists to count uniques, not to follow anyone.
const HEADER = [
  'scan_id',
  'scanned_at',
  'day',
  'qr_code_id',
  'code',
  'label',
  'placement',
  'brand_id',
  'branch_id',
  'country',
  'region',
  'city',
  'device_type',
  'os',
  'browser',
  'referrer_host',
  'language',
  'is_bot',
  'rule_index',
]

const columns = {
  id: qrScans.id,
  scannedAt: qrScans.scannedAt,
  day: qrScans.day,
  codeId: qrScans.codeId,
  code: qrCodes.code,
  label: qrCodes.label,
  placement: qrScans.placement,
  brandId: qrScans.brandId,
  branchId: qrScans.branchId,
  country: qrScans.country,
  region: qrScans.region,
  city: qrScans.city,
  deviceType: qrScans.deviceType,
  os: qrScans.os,
  browser: qrScans.browser,
  referrerHost: qrScans.referrerHost,
  language: qrScans.language,
  isBot: qrScans.isBot,
  ruleIndex: qrScans.ruleIndex,
}

interface Position {
  scannedAt: Date
  id: string
}

function scanPage(db: D1Db, where: SQL, limit: number, after?: Position) {
  const next = after
    ? or(
        gt(qrScans.scannedAt, after.scannedAt),
        and(eq(qrScans.scannedAt, after.scannedAt), gt(qrScans.id, after.id)),
      )
    : undefined
  return db
    .select(columns)
    .from(qrScans)
    .innerJoin(qrCodes, eq(qrCodes.id, qrScans.codeId))
    .where(and(where, next))
    .orderBy(asc(qrScans.scannedAt), asc(qrScans.id))
    .limit(limit)
}

type ScanRow = Awaited<ReturnType<typeof scanPage>>[number]

const toLine = (s: ScanRow) =>
  csvRow([
    s.id,
    s.scannedAt.toISOString(),
    s.day,
    s.codeId,
    s.code,
    s.label,
    s.placement,
    s.brandId,
    s.branchId,
    s.country,
    s.region,
    s.city,
    s.deviceType,
    s.os,
    s.browser,
    s.referrerHost,
    s.language,
    String(s.isBot),
    s.ruleIndex === null ? null : String(s.ruleIndex),
  ])

export interface ScansCsv {
  body: ReadableStream<Uint8Array>
  range: DayRange
  /** True when more scans matched than one export carries. */
  truncated: boolean
}

/**
 * Raw scans (bots included, marked) of the codes in scope, oldest first, streamed a page at a
 * time so memory stays flat; counted first so the answer can say whether it is whole.
 */
export async function exportScansCsv(ctx: TenantCtx, query: ExportScansQuery): Promise<ScansCsv> {
  const range = dayRange(query, ctx.now())
  const where = and(
    eq(qrScans.tenantId, ctx.tenantId),
    gte(qrScans.scannedAt, range.start),
    lt(qrScans.scannedAt, range.end),
    await codeScope(ctx, query),
  )!
  const [matched] = await ctx.d1
    .select({ n: count() })
    .from(qrScans)
    .innerJoin(qrCodes, eq(qrCodes.id, qrScans.codeId))
    .where(where)
  const total = matched?.n ?? 0
  const body = csvStream({
    header: HEADER,
    rows: Math.min(total, SCANS_EXPORT_MAX_ROWS),
    pageSize: PAGE_ROWS,
    page: (limit, after: Position | undefined) => scanPage(ctx.d1, where, limit, after),
    lines: (page) => page.map(toLine),
    cursor: (last): Position => ({ scannedAt: last.scannedAt, id: last.id }),
  })
  return { body, range, truncated: total > SCANS_EXPORT_MAX_ROWS }
}
