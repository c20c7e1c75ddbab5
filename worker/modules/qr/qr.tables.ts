// D1: QR codes, their scans (raw and rolled up), scan-to-lead conversions and bulk print jobs.
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { createdAt } from '../../lib/time.ts'
import { branches, brands } from '../brands/brands.tables.ts'
import { tenants } from '../tenants/tenants.tables.ts'
import type { QrDesign, QrRule, QrStaticPayload, QrTarget, QrUtm } from './qr.model.ts'

const tenantId = () =>
  text('tenant_id')
    .notNull()
    .references(() => tenants.id)

/** `dynamic` encodes our short link; the others encode their content itself and work offline. */
export const QR_KINDS = ['dynamic', 'wifi', 'vcard', 'text', 'sms', 'email', 'phone'] as const
export type QrKind = (typeof QR_KINDS)[number]

export const QR_STATUSES = ['active', 'paused'] as const

export const qrCodes = sqliteTable(
  'qr_codes',
  {
    id: text('id').primaryKey(),
    tenantId: tenantId(),
    // The short code in `/q/{code}`; unique across tenants, never reused (archived codes keep it).
    code: text('code').notNull().unique(),
    kind: text('kind', { enum: QR_KINDS }).notNull(),
    brandId: text('brand_id').references(() => brands.id),
    branchId: text('branch_id').references(() => branches.id),
    label: text('label').notNull(),
    // Where it is printed ("table 4", "window poster"): the dimension owners compare.
    placement: text('placement'),
    // Dynamic codes: where a scan goes by default, the rules tried first, and UTM tags.
    target: text('target', { mode: 'json' }).$type<QrTarget>(),
    rules: text('rules', { mode: 'json' }).$type<QrRule[]>().notNull().default([]),
    utm: text('utm', { mode: 'json' }).$type<QrUtm>(),
    // Static codes: what the code itself says.
    payload: text('payload', { mode: 'json' }).$type<QrStaticPayload>(),
    design: text('design', { mode: 'json' }).$type<QrDesign>().notNull(),
    // PBKDF2 hash (auth.passwords format) of the visitor password; null when open.
    passwordHash: text('password_hash'),
    scanLimit: integer('scan_limit'),
    status: text('status', { enum: QR_STATUSES }).notNull().default('active'),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }),
    createdBy: text('created_by'),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
    // Deleted from the dashboard; the short link answers 410 and the scan history stays.
    archivedAt: integer('archived_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    index('qr_codes_tenant').on(t.tenantId, t.createdAt),
    index('qr_codes_branch').on(t.tenantId, t.branchId),
  ],
)

export const DEVICE_TYPES = ['mobile', 'tablet', 'desktop', 'other'] as const
export type DeviceType = (typeof DEVICE_TYPES)[number]

/** One row per scan that reached `/q/{code}` (unfurlers, HEAD and prefetches never do). No IP. */
export const qrScans = sqliteTable(
  'qr_scans',
  {
    id: text('id').primaryKey(),
    tenantId: tenantId(),
    codeId: text('code_id').notNull(),
    brandId: text('brand_id'),
    branchId: text('branch_id'),
    scannedAt: integer('scanned_at', { mode: 'timestamp_ms' }).notNull(),
    // UTC day (YYYY-MM-DD) the scan belongs to in rollups.
    day: text('day').notNull(),
    placement: text('placement'),
    country: text('country'),
    region: text('region'),
    city: text('city'),
    deviceType: text('device_type', { enum: DEVICE_TYPES }).notNull(),
    os: text('os'),
    browser: text('browser'),
    // Host only: a full referring URL can carry personal data.
    referrerHost: text('referrer_host'),
    language: text('language'),
    isBot: integer('is_bot', { mode: 'boolean' }).notNull().default(false),
    // HMAC of the day, IP and user agent under a server secret: counts unique scanners per day,
    // cannot be reversed or joined across days.
    visitorHash: text('visitor_hash').notNull(),
    // Which rule chose the destination (index into rules), null for the default.
    ruleIndex: integer('rule_index'),
  },
  (t) => [
    index('qr_scans_code_time').on(t.tenantId, t.codeId, t.scannedAt),
    index('qr_scans_tenant_time').on(t.tenantId, t.scannedAt),
  ],
)

/**
 * Dashboards read these, never raw scans: per code and UTC day, one row per dimension value
 * (dimension `total` with value '' carries the day's totals). Bots are counted in `bots` only.
 */
export const SCAN_DIMENSIONS = ['total', 'country', 'city', 'device', 'os', 'browser'] as const
export type ScanDimension = (typeof SCAN_DIMENSIONS)[number]

export const qrScanDaily = sqliteTable(
  'qr_scan_daily',
  {
    tenantId: tenantId(),
    codeId: text('code_id').notNull(),
    day: text('day').notNull(),
    dimension: text('dimension', { enum: SCAN_DIMENSIONS }).notNull(),
    value: text('value').notNull(),
    scans: integer('scans').notNull().default(0),
    uniques: integer('uniques').notNull().default(0),
    bots: integer('bots').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.codeId, t.day, t.dimension, t.value] }),
    index('qr_scan_daily_tenant_day').on(t.tenantId, t.day),
  ],
)

/** Today's (and yesterday's) scanner hashes per code, to tell a first scan from a repeat; purged daily. */
export const qrScanVisitors = sqliteTable(
  'qr_scan_visitors',
  {
    tenantId: tenantId(),
    codeId: text('code_id').notNull(),
    day: text('day').notNull(),
    visitorHash: text('visitor_hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.codeId, t.day, t.visitorHash] }), index('qr_scan_visitors_day').on(t.day)],
)

/** A lead sent from a page the visitor reached through a code; keyed by lead so redelivery counts once. */
export const qrConversions = sqliteTable(
  'qr_conversions',
  {
    leadId: text('lead_id').primaryKey(),
    tenantId: tenantId(),
    codeId: text('code_id').notNull(),
    day: text('day').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('qr_conversions_code_day').on(t.tenantId, t.codeId, t.day)],
)

export const QR_BATCH_STATUSES = ['queued', 'running', 'done', 'failed'] as const

/** A bulk generation: every branch of a brand, or the rows of a CSV of placements, into one ZIP. */
export const qrBatches = sqliteTable(
  'qr_batches',
  {
    id: text('id').primaryKey(),
    tenantId: tenantId(),
    brandId: text('brand_id').references(() => brands.id),
    source: text('source', { enum: ['brand', 'csv'] }).notNull(),
    status: text('status', { enum: QR_BATCH_STATUSES }).notNull().default('queued'),
    total: integer('total').notNull(),
    done: integer('done').notNull().default(0),
    // What to build (formats, paper, per page, design) and, for CSV batches, the parsed rows.
    options: text('options', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    // The codes made or reused, in order, once the job has created them.
    codeIds: text('code_ids', { mode: 'json' }).$type<string[]>().notNull().default([]),
    archiveKey: text('archive_key'),
    archiveBytes: integer('archive_bytes'),
    error: text('error'),
    createdBy: text('created_by'),
    createdAt: createdAt(),
    finishedAt: integer('finished_at', { mode: 'timestamp_ms' }),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('qr_batches_tenant').on(t.tenantId, t.createdAt)],
)
