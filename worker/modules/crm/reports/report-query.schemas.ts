import { z } from '@hono/zod-openapi'

/** Reports look back this far unless asked otherwise, and never further than the maximum. */
export const DEFAULT_REPORT_DAYS = 90
/** Two years (one of them may be a leap year). */
export const MAX_REPORT_DAYS = 731
/** Ranges up to this long are counted per week, longer ones per month. */
export const WEEKLY_UP_TO_DAYS = 92

export const REPORT_FORMATS = ['json', 'csv', 'xlsx'] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]
export const PERIOD_UNITS = ['week', 'month'] as const
export type PeriodUnit = (typeof PERIOD_UNITS)[number]

const query = (name: string) => ({ param: { name, in: 'query' as const } })

// A real calendar day: Date rolls 2025-02-30 over into March, which the round trip catches.
const isDay = (d: string) => {
  const time = Date.parse(`${d}T00:00:00Z`)
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(d)
}

const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date such as 2026-11-21')
  .refine(isDay, 'That date does not exist')

const Id = (name: string, example: string, description: string) =>
  z
    .string()
    .min(1)
    .max(64)
    .optional()
    .openapi({ ...query(name), example, description })

const Format = z
  .enum(REPORT_FORMATS)
  .default('json')
  .openapi({
    ...query('format'),
    description: '`csv` streams the main table, `xlsx` downloads every table as an Excel workbook',
    example: 'json',
  })

const range = {
  from: Day.optional().openapi({
    ...query('from'),
    description: `First day, inclusive (default: ${DEFAULT_REPORT_DAYS - 1} days before \`to\`)`,
    example: '2026-01-01',
  }),
  to: Day.optional().openapi({
    ...query('to'),
    description: 'Last day, inclusive (default: today)',
    example: '2026-03-31',
  }),
}

const period = z
  .enum(PERIOD_UNITS)
  .optional()
  .openapi({
    ...query('period'),
    description: `Count per week (Monday first) or per month; by default weeks for ranges up to ${WEEKLY_UP_TO_DAYS} days, months beyond`,
    example: 'month',
  })

const branchId = Id('branchId', 'bra_01JD3Q9W2Z8K5V7M4N6P0R1S2T', "Only this branch's records")
const ownerUserId = Id('ownerUserId', 'usr_01JD3Q9W2Z8K5V7M4N6P0R1S2T', "Only this member's records")
const pipelineId = Id('pipelineId', 'pipe_01JD3Q9W2Z8K5V7M4N6P0R1S2T', "Only this pipeline's deals")

/** Sales and win/loss: deals closed in the range. */
export const DealReportQuery = z.object({
  ...range,
  period,
  pipelineId,
  branchId,
  ownerUserId,
  format: Format,
})
export type DealReportQuery = z.infer<typeof DealReportQuery>

/** Pipeline: one pipeline (the default one when none is named). */
export const PipelineReportQuery = z.object({ ...range, pipelineId, branchId, ownerUserId, format: Format })
export type PipelineReportQuery = z.infer<typeof PipelineReportQuery>

/** Contact growth and activity: no pipeline. */
export const RecordReportQuery = z.object({ ...range, period, branchId, ownerUserId, format: Format })
export type RecordReportQuery = z.infer<typeof RecordReportQuery>

/** The forecast looks ahead from today, so it takes no range. */
export const ForecastQuery = z.object({ pipelineId, branchId, ownerUserId, format: Format })
export type ForecastQuery = z.infer<typeof ForecastQuery>

/** What every report may be narrowed by, resolved (ids checked against the tenant). */
export interface ReportFilters {
  pipelineId?: string
  branchId?: string
  ownerUserId?: string
}
