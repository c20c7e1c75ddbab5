// What the analytics API answers and accepts. The dashboard imports these types; the OpenAPI
// document is generated from them.
import { z } from '@hono/zod-openapi'
import {
  ACTION_TYPES,
  EXCLUSIONS,
  FUNNEL_STEP_KINDS,
  REPORT_FREQUENCIES,
  ROLLUP_DIMENSIONS,
  type RollupDimension,
  TOUCH_CHANNELS,
} from './analytics.tables.ts'

const Day = z.string().openapi({ example: '2026-11-21' })

export const Period = z.object({ from: Day, to: Day })

export const ScopeInfo = z.object({
  level: z.enum(['tenant', 'brand', 'branch']),
  id: z.string(),
  name: z.string(),
})

/** What each view counts, per day, value, hour or branch. */
const counts = {
  views: z.number().int(),
  actions: z.number().int(),
  scans: z.number().int(),
  leads: z.number().int(),
}

export const Totals = z.object({
  // Unique visitors per day, summed over the days (the visitor id changes every day).
  visitors: z.number().int(),
  ...counts,
  // leads / visitors, 0–1, four decimals; 0 when there were no visitors.
  conversionRate: z.number(),
  // Bots, HEAD requests, prefetches, link previews and owner previews: in nothing else.
  excluded: z.number().int(),
})
export type Totals = z.infer<typeof Totals>

export const SeriesPoint = z.object({
  day: Day,
  visitors: z.number().int(),
  ...counts,
})
export type SeriesPoint = z.infer<typeof SeriesPoint>

export const CountRow = z.object({
  value: z.string(),
  ...counts,
})
export type CountRow = z.infer<typeof CountRow>

export const Overview = z.object({
  scope: ScopeInfo,
  period: Period,
  previousPeriod: Period.nullable(),
  totals: Totals,
  previousTotals: Totals.nullable(),
  // Every day of the period, zeros included; previousSeries is aligned day by day.
  series: z.array(SeriesPoint),
  previousSeries: z.array(SeriesPoint).nullable(),
  actions: z.array(
    z.object({ type: z.enum(ACTION_TYPES), count: z.number().int(), previous: z.number().int().nullable() }),
  ),
  excluded: z.array(z.object({ reason: z.enum(EXCLUSIONS), count: z.number().int() })),
  // Top 10 of each, by views + scans, then leads.
  top: z.object({
    sources: z.array(CountRow),
    referrers: z.array(CountRow),
    campaigns: z.array(CountRow),
    countries: z.array(CountRow),
    cities: z.array(CountRow),
    devices: z.array(CountRow),
    placements: z.array(CountRow),
  }),
})
export type Overview = z.infer<typeof Overview>

/**
 * The dimensions whose rows carry views, actions, scans and leads. `excluded` rows carry only
 * the excluded count, which the overview already gives by reason; `total` is the day's totals.
 */
export type BreakdownDimension = Exclude<RollupDimension, 'total' | 'excluded'>
export const BREAKDOWN_DIMENSIONS = ROLLUP_DIMENSIONS.filter(
  (d): d is BreakdownDimension => d !== 'total' && d !== 'excluded',
) as [BreakdownDimension, ...BreakdownDimension[]]
export const Breakdown = z.object({
  scope: ScopeInfo,
  period: Period,
  dimension: z.enum(BREAKDOWN_DIMENSIONS),
  rows: z.array(CountRow),
})
export type Breakdown = z.infer<typeof Breakdown>

export const Heatmap = z.object({
  scope: ScopeInfo,
  period: Period,
  timeZone: z.string().openapi({ example: 'Europe/Paris' }),
  // 7 × 24 cells; weekday 0 is Monday.
  cells: z.array(
    z.object({
      weekday: z.number().int().min(0).max(6),
      hour: z.number().int().min(0).max(23),
      ...counts,
    }),
  ),
})
export type Heatmap = z.infer<typeof Heatmap>

export const Live = z.object({
  // Distinct visitors with an event in the last `windowSeconds`.
  visitors: z.number().int(),
  windowSeconds: z.number().int(),
  at: z.string(),
})
export type Live = z.infer<typeof Live>

export const LeagueRow = z.object({
  branchId: z.string(),
  name: z.string(),
  brandId: z.string(),
  visitors: z.number().int(),
  ...counts,
  conversionRate: z.number(),
  // Views + scans in the previous period, null without comparison.
  previous: z.number().int().nullable(),
})
export type LeagueRow = z.infer<typeof LeagueRow>
export const League = z.object({ scope: ScopeInfo, period: Period, rows: z.array(LeagueRow) })
export type League = z.infer<typeof League>

export const FunnelStepInput = z
  .object({
    kind: z.enum(FUNNEL_STEP_KINDS),
    action: z.enum(ACTION_TYPES).optional(),
    label: z.string().trim().min(1).max(60),
  })
  .refine((s) => (s.kind === 'action') === (s.action !== undefined), {
    message: 'An action step names its action; other steps do not',
    path: ['action'],
  })
export const FunnelInput = z.object({
  name: z.string().trim().min(1).max(80),
  steps: z.array(FunnelStepInput).min(2).max(8),
})
export type FunnelInput = z.infer<typeof FunnelInput>
export const Funnel = z.object({
  id: z.string(),
  name: z.string(),
  steps: z.array(
    z.object({ kind: z.enum(FUNNEL_STEP_KINDS), action: z.enum(ACTION_TYPES).optional(), label: z.string() }),
  ),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Funnel = z.infer<typeof Funnel>

export const FunnelReport = z.object({
  funnel: Funnel,
  scope: ScopeInfo,
  period: Period,
  steps: z.array(
    z.object({
      label: z.string(),
      // Visitor-days that reached this step after every earlier one, the same day, in order.
      visitors: z.number().int(),
      // Share lost since the step before (0–1); 0 for the first step.
      dropOff: z.number(),
      // Share of the first step's visitors that got here (0–1).
      fromStart: z.number(),
    }),
  ),
})
export type FunnelReport = z.infer<typeof FunnelReport>

export const ATTRIBUTION_MODELS = ['first', 'last', 'linear', 'timeDecay'] as const
export const Attribution = z.object({
  scope: ScopeInfo,
  period: Period,
  groupBy: z.enum(['source', 'campaign', 'placement', 'channel']),
  halfLifeHours: z.number(),
  leads: z.number().int(),
  // Each model's credits add up to `leads` (two decimals).
  rows: z.array(
    z.object({
      key: z.string(),
      first: z.number(),
      last: z.number(),
      linear: z.number(),
      timeDecay: z.number(),
    }),
  ),
})
export type Attribution = z.infer<typeof Attribution>

export const Touch = z.object({
  at: z.string(),
  channel: z.enum(TOUCH_CHANNELS),
  source: z.string(),
  medium: z.string().nullable(),
  campaign: z.string().nullable(),
  referrerHost: z.string().nullable(),
  qrCodeId: z.string().nullable(),
  placement: z.string().nullable(),
})
export const LeadTouches = z.object({
  leadId: z.string(),
  at: z.string(),
  touches: z.array(Touch),
  // Each model's share of the lead per touch, in touch order.
  credit: z.object({
    first: z.array(z.number()),
    last: z.array(z.number()),
    linear: z.array(z.number()),
    timeDecay: z.array(z.number()),
  }),
})
export type LeadTouches = z.infer<typeof LeadTouches>

export const ReportInput = z.object({
  brandId: z.string().max(64).nullable().default(null),
  branchId: z.string().max(64).nullable().default(null),
  frequency: z.enum(REPORT_FREQUENCIES),
  recipients: z.array(z.email().max(254)).min(1).max(20),
})
export type ReportInput = z.infer<typeof ReportInput>
export const ScheduledReport = z.object({
  id: z.string(),
  brandId: z.string().nullable(),
  branchId: z.string().nullable(),
  // The brand or branch name, '' for the organisation.
  scopeName: z.string(),
  frequency: z.enum(REPORT_FREQUENCIES),
  recipients: z.array(z.string()),
  lastPeriod: z.string().nullable(),
  lastSentAt: z.string().nullable(),
  createdAt: z.string(),
})
export type ScheduledReport = z.infer<typeof ScheduledReport>

export const AnalyticsSettings = z.object({
  retentionDays: z.number().int().min(7).max(730),
})
export type AnalyticsSettings = z.infer<typeof AnalyticsSettings>
