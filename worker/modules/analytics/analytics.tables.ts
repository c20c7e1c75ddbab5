// D1: analytics events (raw, kept for the tenant's retention), their rollups (kept for the life
// of the account), the day's visitor hashes, lead touch paths for attribution, funnels,
// scheduled reports and per-tenant settings.
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { createdAt } from '../../lib/time.ts'
import { DEVICE_TYPES } from '../qr/qr.tables.ts'
import { tenants } from '../tenants/tenants.tables.ts'

const tenantId = () =>
  text('tenant_id')
    .notNull()
    .references(() => tenants.id)

export const EVENT_KINDS = ['view', 'action', 'scan', 'lead'] as const
export type EventKind = (typeof EVENT_KINDS)[number]

/** What the beacon reports; `section_view` and `outbound` carry a target (section id, host). */
export const ACTION_TYPES = [
  'call',
  'whatsapp',
  'email',
  'directions',
  'save_contact',
  'section_view',
  'outbound',
  'form_start',
  'form_submit',
] as const
export type ActionType = (typeof ACTION_TYPES)[number]

/**
 * Why an event counts in nothing but `excluded`: a crawler, a HEAD request, a browser prefetch,
 * a chat app unfurling a link, or the owner looking at their own page.
 */
export const EXCLUSIONS = ['bot', 'head', 'prefetch', 'unfurl', 'preview'] as const
export type Exclusion = (typeof EXCLUSIONS)[number]

/** One row per event, deduplicated by id; purged after the tenant's retention. No IP, ever. */
export const analyticsEvents = sqliteTable(
  'analytics_events',
  {
    id: text('id').primaryKey(),
    tenantId: tenantId(),
    kind: text('kind', { enum: EVENT_KINDS }).notNull(),
    action: text('action', { enum: ACTION_TYPES }),
    // Section id for section views, host for outbound clicks.
    target: text('target'),
    brandId: text('brand_id'),
    branchId: text('branch_id'),
    siteId: text('site_id'),
    path: text('path'),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    // UTC day (YYYY-MM-DD) the event belongs to in rollups.
    day: text('day').notNull(),
    referrerHost: text('referrer_host'),
    // sourceOf(event): utm_source, else 'qr', else the referring host, else 'direct'.
    source: text('source').notNull(),
    utmSource: text('utm_source'),
    utmMedium: text('utm_medium'),
    utmCampaign: text('utm_campaign'),
    utmTerm: text('utm_term'),
    utmContent: text('utm_content'),
    country: text('country'),
    region: text('region'),
    city: text('city'),
    deviceType: text('device_type', { enum: DEVICE_TYPES }).notNull(),
    os: text('os'),
    browser: text('browser'),
    language: text('language'),
    // HMAC of day, tenant, IP and user agent under a server secret; null under Do-Not-Track/GPC.
    visitor: text('visitor'),
    excluded: text('excluded', { enum: EXCLUSIONS }),
    qrCodeId: text('qr_code_id'),
    placement: text('placement'),
    leadId: text('lead_id'),
    // Which consumer invocation inserted the row: rollups are built from the rows it inserted,
    // in the same transaction, so a redelivered event counts once.
    batchId: text('batch_id').notNull(),
  },
  (t) => [
    index('analytics_events_tenant_day').on(t.tenantId, t.day),
    index('analytics_events_visitor').on(t.tenantId, t.day, t.visitor, t.at),
    index('analytics_events_batch').on(t.batchId),
  ],
)

/**
 * Dashboards read these. One row per scope, UTC day, dimension and value; the scope is the
 * tenant's, a brand's or a branch's id, so every event adds to up to three scopes. Dimension
 * `total` with value '' carries the day's totals; `visitors` is kept on `total` rows only.
 */
export const ROLLUP_DIMENSIONS = [
  'total',
  'source',
  'referrer',
  'campaign',
  'medium',
  'country',
  'city',
  'device',
  'os',
  'browser',
  'language',
  'path',
  'action',
  'placement',
  'excluded',
] as const
export type RollupDimension = (typeof ROLLUP_DIMENSIONS)[number]

const counters = () => ({
  views: integer('views').notNull().default(0),
  actions: integer('actions').notNull().default(0),
  scans: integer('scans').notNull().default(0),
  leads: integer('leads').notNull().default(0),
  excluded: integer('excluded').notNull().default(0),
})

export const analyticsDaily = sqliteTable(
  'analytics_daily',
  {
    scope: text('scope').notNull(),
    tenantId: tenantId(),
    day: text('day').notNull(),
    dimension: text('dimension', { enum: ROLLUP_DIMENSIONS }).notNull(),
    value: text('value').notNull(),
    visitors: integer('visitors').notNull().default(0),
    ...counters(),
  },
  (t) => [
    primaryKey({ columns: [t.scope, t.dimension, t.day, t.value] }),
    index('analytics_daily_tenant_day').on(t.tenantId, t.day),
  ],
)

/** Per scope and UTC hour (epoch hours), for the weekday × hour heatmap in any time zone. */
export const analyticsHourly = sqliteTable(
  'analytics_hourly',
  {
    scope: text('scope').notNull(),
    tenantId: tenantId(),
    // Math.floor(at / 3_600_000).
    hour: integer('hour').notNull(),
    ...counters(),
  },
  (t) => [
    primaryKey({ columns: [t.scope, t.hour] }),
    index('analytics_hourly_tenant').on(t.tenantId, t.hour),
  ],
)

/** The day's visitor hashes per scope, to tell a first event from a repeat; purged after two days. */
export const analyticsVisitors = sqliteTable(
  'analytics_visitors',
  {
    scope: text('scope').notNull(),
    tenantId: tenantId(),
    day: text('day').notNull(),
    visitor: text('visitor').notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.day, t.visitor] }), index('analytics_visitors_day').on(t.day)],
)

/** A lead as analytics counts it: one row per lead created, kept for good (attribution's base). */
export const analyticsLeads = sqliteTable(
  'analytics_leads',
  {
    leadId: text('lead_id').primaryKey(),
    tenantId: tenantId(),
    brandId: text('brand_id'),
    branchId: text('branch_id'),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    day: text('day').notNull(),
  },
  (t) => [index('analytics_leads_tenant_day').on(t.tenantId, t.day)],
)

export const TOUCH_CHANNELS = ['qr', 'campaign', 'referrer', 'direct'] as const
export type TouchChannel = (typeof TOUCH_CHANNELS)[number]

/**
 * The touches that led to a lead, in order: the same visitor's scans and arrivals earlier that
 * day (from raw events, before they are purged) and the arrival that sent the form. Kept for good.
 */
export const analyticsTouches = sqliteTable(
  'analytics_touches',
  {
    // The event id the touch was taken from.
    id: text('id').notNull(),
    leadId: text('lead_id').notNull(),
    tenantId: tenantId(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    channel: text('channel', { enum: TOUCH_CHANNELS }).notNull(),
    source: text('source').notNull(),
    medium: text('medium'),
    campaign: text('campaign'),
    referrerHost: text('referrer_host'),
    qrCodeId: text('qr_code_id'),
    placement: text('placement'),
  },
  (t) => [
    primaryKey({ columns: [t.leadId, t.id] }),
    index('analytics_touches_tenant').on(t.tenantId, t.leadId),
  ],
)

/** Beacons refused before they became events (malformed, too large), counted per UTC day. */
export const analyticsRejects = sqliteTable(
  'analytics_rejects',
  {
    day: text('day').notNull(),
    reason: text('reason').notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.reason] })],
)

export const FUNNEL_STEP_KINDS = ['scan', 'view', 'action', 'lead'] as const

export interface FunnelStep {
  kind: (typeof FUNNEL_STEP_KINDS)[number]
  // Only for kind 'action'.
  action?: ActionType
  label: string
}

export const analyticsFunnels = sqliteTable(
  'analytics_funnels',
  {
    id: text('id').primaryKey(),
    tenantId: tenantId(),
    name: text('name').notNull(),
    steps: text('steps', { mode: 'json' }).$type<FunnelStep[]>().notNull(),
    createdBy: text('created_by'),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('analytics_funnels_tenant').on(t.tenantId, t.createdAt)],
)

export const REPORT_FREQUENCIES = ['weekly', 'monthly'] as const

/** A scheduled e-mail report for a brand, a branch or the whole organisation. */
export const analyticsReports = sqliteTable(
  'analytics_reports',
  {
    id: text('id').primaryKey(),
    tenantId: tenantId(),
    // Null brand and branch: the whole organisation.
    brandId: text('brand_id'),
    branchId: text('branch_id'),
    frequency: text('frequency', { enum: REPORT_FREQUENCIES }).notNull(),
    recipients: text('recipients', { mode: 'json' }).$type<string[]>().notNull(),
    // The last period sent ('2026-W47', '2026-11'): the cron sends each period once.
    lastPeriod: text('last_period'),
    lastSentAt: integer('last_sent_at', { mode: 'timestamp_ms' }),
    createdBy: text('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('analytics_reports_tenant').on(t.tenantId)],
)

export const DEFAULT_RETENTION_DAYS = 90

export const analyticsSettings = sqliteTable('analytics_settings', {
  tenantId: text('tenant_id')
    .primaryKey()
    .references(() => tenants.id),
  retentionDays: integer('retention_days').notNull().default(DEFAULT_RETENTION_DAYS),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
})
