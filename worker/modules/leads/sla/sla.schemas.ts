import { z } from '@hono/zod-openapi'

const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date such as 2026-11-21')
  .refine((d) => {
    const time = Date.parse(`${d}T00:00:00Z`)
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(d)
  }, 'That date does not exist')

// ---- Branch lead handling ------------------------------------------------------------------

const settingsFields = {
  firstResponseMinutes: z
    .number()
    .int()
    .min(1)
    .max(10_080)
    .nullable()
    .openapi({ description: 'Minutes to the first response; null: no target', example: 15 }),
  workingHoursOnly: z
    .boolean()
    .openapi({ description: "Count only the branch's opening hours (a lead at 22:00 is due after opening)" }),
  notifyEmail: z.boolean().openapi({ description: "E-mail new leads to the branch's address" }),
  notifyWhatsapp: z.boolean().openapi({ description: "Send new leads to the branch's WhatsApp number" }),
}

export const BranchLeadSettings = z
  .object({
    branchId: z.string(),
    ...settingsFields,
    updatedAt: z.string().nullable().openapi({ description: 'Null: the defaults, never changed' }),
  })
  .openapi('BranchLeadSettings')
export type BranchLeadSettings = z.infer<typeof BranchLeadSettings>

export const UpdateBranchLeadSettingsBody = z
  .strictObject(settingsFields)
  .openapi('UpdateBranchLeadSettingsBody')
export type UpdateBranchLeadSettingsBody = z.infer<typeof UpdateBranchLeadSettingsBody>

// ---- Response times ------------------------------------------------------------------------

export const ResponseTimesQuery = z.object({
  from: Day.optional().openapi({ description: 'First UTC day, inclusive (default: 29 days before `to`)' }),
  to: Day.optional().openapi({ description: 'Last UTC day, inclusive (default: today)' }),
  branchId: z.string().min(1).max(64).optional().openapi({ example: 'bra_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
})
export type ResponseTimesQuery = z.infer<typeof ResponseTimesQuery>

const stats = {
  leads: z.number().int().openapi({ description: 'Leads that arrived (spam left out)' }),
  responded: z.number().int().openapi({ description: 'Of those, answered at least once' }),
  medianMinutes: z
    .number()
    .nullable()
    .openapi({ description: 'Median minutes from arrival to first response' }),
  p90Minutes: z.number().nullable().openapi({ description: '90th percentile of the same' }),
  breaches: z.number().int().openapi({ description: 'Leads answered late or not at all by their due time' }),
  withinTargetPercent: z.number().nullable().openapi({
    description:
      'Share of the leads with a target and a known outcome that were answered in time; null: none',
  }),
}

export const ResponseTimeRow = z.object(stats)
export type ResponseTimeStats = z.infer<typeof ResponseTimeRow>

export const ResponseTimes = z
  .object({
    from: z.string(),
    to: z.string(),
    total: ResponseTimeRow,
    branches: z.array(ResponseTimeRow.extend({ branchId: z.string(), name: z.string() })),
    agents: z.array(
      ResponseTimeRow.extend({
        userId: z.string(),
        name: z.string().openapi({ description: "The member's name; '' if they left" }),
      }),
    ),
  })
  .openapi('ResponseTimes')
export type ResponseTimes = z.infer<typeof ResponseTimes>
