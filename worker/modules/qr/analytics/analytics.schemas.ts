import { z } from '@hono/zod-openapi'

/** Analytics look back this far unless asked otherwise, and never further than the maximum. */
export const DEFAULT_RANGE_DAYS = 30
export const MAX_RANGE_DAYS = 366

// A real calendar day: Date rolls 2025-02-30 over into March, which the round trip catches.
const isDay = (d: string) => {
  const time = Date.parse(`${d}T00:00:00Z`)
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(d)
}

const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date such as 2026-11-21')
  .refine(isDay, 'That date does not exist')

const id = (example: string) => z.string().min(1).max(64).optional().openapi({ example })

export const DateRangeQuery = z.object({
  from: Day.optional().openapi({
    description: `First UTC day, inclusive (default: ${DEFAULT_RANGE_DAYS - 1} days before \`to\`)`,
    example: '2026-11-01',
  }),
  to: Day.optional().openapi({
    description: 'Last UTC day, inclusive (default: today)',
    example: '2026-11-30',
  }),
})
export type DateRangeQuery = z.infer<typeof DateRangeQuery>

export const QrAnalyticsQuery = DateRangeQuery.extend({
  brandId: id('brd_01JD3Q9W2Z8K5V7M4N6P0R1S2T').openapi({ description: "The brand's codes" }),
  branchId: id('bra_01JD3Q9W2Z8K5V7M4N6P0R1S2T').openapi({ description: "The branch's codes" }),
})
export type QrAnalyticsQuery = z.infer<typeof QrAnalyticsQuery>

export const ExportScansQuery = QrAnalyticsQuery.extend({
  qrCodeId: id('qrc_01JD3Q9W2Z8K5V7M4N6P0R1S2T').openapi({ description: 'One code' }),
})
export type ExportScansQuery = z.infer<typeof ExportScansQuery>
