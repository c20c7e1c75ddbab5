/**
 * The three writes one scan makes, for a single D1 batch (one transaction): the rollups, the
 * day's visitor hash, and the raw scan row, in that order. The rollups run first and only
 * while the scan row is absent, so a redelivered message changes nothing; the unique count
 * asks whether the visitor row exists before this scan adds it. Every write also requires the
 * code to belong to the message's tenant: a scan for a purged tenant or a foreign code is
 * dropped instead of re-creating its rows.
 */
import { type SQL, sql } from 'drizzle-orm'
import { SQLiteAsyncDialect } from 'drizzle-orm/sqlite-core'
import { qrCodes, qrScanDaily, qrScans, qrScanVisitors, type ScanDimension } from '../qr.tables.ts'
import type { QrScanEvent } from './scan-event.ts'

/** The UTC day (YYYY-MM-DD) of an instant: the unit of rollups and of unique scanners. */
export const utcDay = (at: number | Date) => new Date(at).toISOString().slice(0, 10)

// Rollup values come from headers and geolocation; keep a stray long one from bloating rows.
const clip = (value: string | null) => (value ?? '').slice(0, 120)

/** A city is named with its country: there is a Paris in Texas too. */
export const cityValue = (city: string | null, country: string | null) =>
  city ? (country ? `${city}, ${country}` : city) : ''

/** One rollup row per dimension; '' is the `total` row's value and means "not known" elsewhere. */
export function dimensionsOf(event: QrScanEvent): [ScanDimension, string][] {
  return [
    ['total', ''],
    ['country', clip(event.country)],
    ['city', clip(cityValue(event.city, event.country))],
    ['device', event.deviceType],
    ['os', clip(event.os)],
    ['browser', clip(event.browser)],
  ]
}

const dialect = new SQLiteAsyncDialect()

// Drizzle cannot batch raw SQL that has parameters, so these go to D1 as prepared statements.
const prepare = (db: D1Database, query: SQL) => {
  const { sql: text, params } = dialect.sqlToQuery(query)
  return db.prepare(text).bind(...params)
}

export function scanStatements(db: D1Database, event: QrScanEvent): D1PreparedStatement[] {
  const day = utcDay(event.at)
  const codeIsTenants = sql`exists (select 1 from ${qrCodes} where ${qrCodes.id} = ${event.codeId} and ${qrCodes.tenantId} = ${event.tenantId})`
  const firstToday = sql`case when exists (select 1 from ${qrScanVisitors} where ${qrScanVisitors.codeId} = ${event.codeId} and ${qrScanVisitors.day} = ${day} and ${qrScanVisitors.visitorHash} = ${event.visitorHash}) then 0 else 1 end`
  const [scans, uniques, bots]: [number, SQL | number, number] = event.isBot ? [0, 0, 1] : [1, firstToday, 0]
  const values = sql.join(
    dimensionsOf(event).map(([dimension, value]) => sql`(${dimension}, ${value})`),
    sql`, `,
  )
  const rollups = prepare(
    db,
    sql`
    insert into ${qrScanDaily} (tenant_id, code_id, day, dimension, value, scans, uniques, bots)
    select ${event.tenantId}, ${event.codeId}, ${day}, d.column1, d.column2, ${scans}, ${uniques}, ${bots}
    from (values ${values}) as d
    where ${codeIsTenants} and not exists (select 1 from ${qrScans} where ${qrScans.id} = ${event.id})
    on conflict (code_id, day, dimension, value) do update set
      scans = scans + excluded.scans, uniques = uniques + excluded.uniques, bots = bots + excluded.bots`,
  )
  const scan = prepare(
    db,
    sql`
    insert or ignore into ${qrScans} (id, tenant_id, code_id, brand_id, branch_id, scanned_at, day,
      placement, country, region, city, device_type, os, browser, referrer_host, language, is_bot,
      visitor_hash, rule_index)
    select ${event.id}, ${event.tenantId}, ${event.codeId}, ${event.brandId}, ${event.branchId}, ${event.at},
      ${day}, ${event.placement}, ${event.country}, ${event.region}, ${event.city}, ${event.deviceType},
      ${event.os}, ${event.browser}, ${event.referrerHost}, ${event.language}, ${event.isBot ? 1 : 0},
      ${event.visitorHash}, ${event.ruleIndex}
    where ${codeIsTenants}`,
  )
  // Bots never count as unique scanners, so their hashes are not kept.
  if (event.isBot) return [rollups, scan]
  const visitor = prepare(
    db,
    sql`
    insert or ignore into ${qrScanVisitors} (tenant_id, code_id, day, visitor_hash)
    select ${event.tenantId}, ${event.codeId}, ${day}, ${event.visitorHash}
    where ${codeIsTenants}`,
  )
  return [rollups, visitor, scan]
}
