// What the report endpoints answer. Amounts are minor units (cents) of their `currency`, and
// never summed across currencies: every money row names its currency. Rates are fractions
// (0.25 = 25 %), null when there was nothing to divide by.
import { z } from '@hono/zod-openapi'
import { ACTIVITY_TYPES } from '../activities/activities.tables.ts'
import { LIFECYCLE_STAGES } from '../contacts/contacts.tables.ts'
import { STAGE_KINDS } from '../deals/deals.tables.ts'
import { PERIOD_UNITS } from './report-query.schemas.ts'

const Count = z.number().int().min(0)
const Minor = z.number().int().openapi({ description: 'Minor units of `currency`', example: 125000 })
const Currency = z.string().openapi({ example: 'USD' })
const Rate = z.number().min(0).max(1).nullable().openapi({ example: 0.4 })
const Days = z.number().nullable().openapi({ description: 'Days, one decimal', example: 21.5 })
const Owner = {
  ownerUserId: z.string().nullable().openapi({ description: 'null: no owner' }),
  ownerName: z.string().nullable().openapi({ description: 'null: no owner, or no longer a member' }),
}

const Range = {
  from: z.string().openapi({ example: '2026-01-01' }),
  to: z.string().openapi({ example: '2026-03-31' }),
  timeZone: z
    .string()
    .openapi({ description: 'The zone days, weeks and months are counted in', example: 'UTC' }),
}
const Periods = {
  ...Range,
  period: z.enum(PERIOD_UNITS),
  periods: z.array(z.string()).openapi({ description: 'First day of every week or month in the range' }),
}

const WonLost = {
  wonCount: Count,
  wonAmountMinor: Minor,
  lostCount: Count,
  lostAmountMinor: Minor,
  winRate: Rate.openapi({ description: 'won / (won + lost)' }),
}

export const SalesReport = z
  .object({
    ...Periods,
    currencies: z.array(Currency),
    summary: z.object({
      wonCount: Count,
      lostCount: Count,
      winRate: Rate,
      averageCycleDays: Days.openapi({ description: 'Created to won, averaged over won deals' }),
    }),
    byCurrency: z.array(z.object({ currency: Currency, ...WonLost, averageDealMinor: Minor.nullable() })),
    series: z.array(
      z.object({ period: z.string(), currency: Currency, wonCount: Count, wonAmountMinor: Minor }),
    ),
    rows: z.array(
      z.object({
        ...Owner,
        currency: Currency,
        ...WonLost,
        averageDealMinor: Minor.nullable(),
        averageCycleDays: Days,
      }),
    ),
  })
  .openapi('SalesReport')
export type SalesReport = z.infer<typeof SalesReport>

export const PipelineReport = z
  .object({
    ...Range,
    pipeline: z.object({ id: z.string(), name: z.string() }).nullable(),
    currencies: z.array(Currency),
    rows: z.array(
      z.object({
        stageId: z.string(),
        name: z.string(),
        kind: z.enum(STAGE_KINDS),
        position: z.number().int(),
        winProbability: z.number().int(),
        entered: Count.openapi({ description: 'Deals that entered the stage in the range' }),
        advanced: Count.openapi({
          description: 'Of those, how many later reached a further open or won stage',
        }),
        conversionRate: Rate.openapi({ description: 'advanced / entered; null for won and lost stages' }),
        exits: Count.openapi({ description: 'Moves out of the stage in the range' }),
        averageSecondsInStage: z.number().nullable(),
        medianSecondsInStage: z.number().nullable(),
      }),
    ),
    open: z.array(
      z.object({
        stageId: z.string(),
        currency: Currency,
        openCount: Count,
        amountMinor: Minor,
        weightedAmountMinor: Minor.openapi({ description: 'amount × the stage’s win probability / 100' }),
      }),
    ),
  })
  .openapi('PipelineReport')
export type PipelineReport = z.infer<typeof PipelineReport>

const Source = z
  .string()
  .nullable()
  .openapi({ description: 'How the contact first reached you; null: not known' })
const Lifecycle = z.enum(LIFECYCLE_STAGES)

export const GrowthReport = z
  .object({
    ...Periods,
    totals: z.object({ before: Count, newContacts: Count, atEnd: Count }),
    series: z.array(z.object({ period: z.string(), newContacts: Count, cumulative: Count })),
    bySource: z.array(z.object({ period: z.string(), source: Source, count: Count })),
    byLifecycle: z.array(z.object({ period: z.string(), lifecycleStage: Lifecycle, count: Count })),
    sources: z.array(z.object({ source: Source, count: Count })),
    lifecycleStages: z.array(z.object({ lifecycleStage: Lifecycle, count: Count })),
  })
  .openapi('ContactGrowthReport')
export type GrowthReport = z.infer<typeof GrowthReport>

const ActivityType = z.enum(ACTIVITY_TYPES)

export const ActivityReport = z
  .object({
    ...Periods,
    types: z.array(ActivityType),
    totals: z.object({ created: Count, completed: Count, overdue: Count }),
    series: z.array(z.object({ period: z.string(), type: ActivityType, created: Count, completed: Count })),
    byType: z.array(z.object({ type: ActivityType, created: Count, completed: Count })),
    rows: z.array(
      z.object({
        userId: z.string().nullable(),
        name: z.string().nullable(),
        created: Count.openapi({ description: 'Activities this member logged' }),
        completed: Count.openapi({
          description: 'Activities this member completed (or, unsaid, was assigned)',
        }),
        overdue: Count.openapi({ description: 'Open activities assigned to them past their due time, now' }),
      }),
    ),
  })
  .openapi('ActivityReport')
export type ActivityReport = z.infer<typeof ActivityReport>

export const WinLossReport = z
  .object({
    ...Range,
    currencies: z.array(Currency),
    summary: z.array(z.object({ currency: Currency, ...WonLost })),
    reasons: z.array(
      z.object({
        status: z.enum(['won', 'lost']),
        reason: z.string().nullable().openapi({ description: 'null: no reason given' }),
        currency: Currency,
        count: Count,
        amountMinor: Minor,
      }),
    ),
    owners: z.array(z.object({ ...Owner, currency: Currency, ...WonLost })),
    sources: z.array(z.object({ source: Source, currency: Currency, ...WonLost })),
  })
  .openapi('WinLossReport')
export type WinLossReport = z.infer<typeof WinLossReport>

const Forecasted = {
  count: Count,
  amountMinor: Minor,
  weightedAmountMinor: Minor.openapi({ description: 'Σ amount × the stage’s win probability / 100' }),
}
const Committed = {
  committedCount: Count.openapi({ description: 'Won this month' }),
  committedAmountMinor: Minor,
}

export const ForecastReport = z
  .object({
    asOf: z.string().openapi({ description: 'Today, in `timeZone`', example: '2026-05-21' }),
    timeZone: z.string(),
    buckets: z.array(z.string()).openapi({
      description: '`overdue` (expected before today), then this month and the next five (YYYY-MM)',
      example: ['overdue', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'],
    }),
    currencies: z.array(Currency),
    series: z.array(z.object({ bucket: z.string(), currency: Currency, ...Forecasted })),
    rows: z.array(z.object({ ...Owner, bucket: z.string(), currency: Currency, ...Forecasted })),
    owners: z.array(z.object({ ...Owner, currency: Currency, ...Forecasted, ...Committed })),
    totals: z.array(z.object({ currency: Currency, ...Forecasted, ...Committed })),
    unscheduled: z.object({
      noDate: Count.openapi({ description: 'Open deals without an expected close date' }),
      later: Count.openapi({ description: 'Open deals expected after the six months' }),
    }),
  })
  .openapi('ForecastReport')
export type ForecastReport = z.infer<typeof ForecastReport>

const Choice = z.object({ id: z.string(), name: z.string() })

export const ReportChoices = z
  .object({
    pipelines: z.array(Choice.extend({ isDefault: z.boolean() })),
    branches: z.array(Choice),
    owners: z.array(Choice),
  })
  .openapi('ReportChoices')
export type ReportChoices = z.infer<typeof ReportChoices>
