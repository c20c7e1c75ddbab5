// The scheduled-report API's shapes beyond the shared ReportInput / ScheduledReport.
import { z } from '@hono/zod-openapi'
import { ReportInput, ScheduledReport } from '../analytics.schemas.ts'
import { REPORT_FREQUENCIES } from '../analytics.tables.ts'

export type ReportFrequency = (typeof REPORT_FREQUENCIES)[number]

/** At most this many reports per organisation: enough for every brand, a runaway script stops. */
export const MAX_REPORTS = 25

/** Unknown fields are refused, as everywhere in the API. */
export const CreateReportBody = ReportInput.strict().openapi('ReportInput')

/** Any field of ReportInput; a scope change is checked like a new report's scope. */
export const UpdateReportBody = z
  .strictObject({
    brandId: z.string().max(64).nullable(),
    branchId: z.string().max(64).nullable(),
    frequency: z.enum(REPORT_FREQUENCIES),
    recipients: ReportInput.shape.recipients,
  })
  .partial()
  .openapi('UpdateReport')
export type UpdateReportBody = z.infer<typeof UpdateReportBody>

export const ScheduledReportList = z
  .object({ data: z.array(ScheduledReport.openapi('ScheduledReport')) })
  .openapi('ScheduledReportList')

export const ReportSent = z
  .object({
    period: z.string().openapi({ example: '2026-W47' }),
    from: z.string().openapi({ example: '2026-11-16' }),
    to: z.string().openapi({ example: '2026-11-22' }),
    // E-mails queued: one per recipient.
    recipients: z.number().int(),
  })
  .openapi('ReportSent')
export type ReportSent = z.infer<typeof ReportSent>
