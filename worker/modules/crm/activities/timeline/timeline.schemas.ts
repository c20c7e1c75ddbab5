import { z } from '@hono/zod-openapi'
import { LeadConsent, LeadUtm } from '../../../leads/lead-message.ts'
import { LEAD_SOURCES, LEAD_STATUSES } from '../../../leads/leads.tables.ts'
import { Activity } from '../activities.schemas.ts'

/** The QR scan whose visit sent a lead (lead_touches.visit_id = qr_scans.id). */
export const TimelineVisit = z
  .object({
    scanId: z.string(),
    qrCodeId: z.string(),
    codeName: z.string().nullable(),
    placement: z.string().nullable(),
    scannedAt: z.string(),
    deviceType: z.string(),
    os: z.string().nullable(),
    browser: z.string().nullable(),
    city: z.string().nullable(),
    country: z.string().nullable(),
  })
  .openapi('TimelineVisit')
export type TimelineVisit = z.infer<typeof TimelineVisit>

export const TimelineItem = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('activity'), id: z.string(), at: z.string(), activity: Activity }),
    z.object({
      kind: z.literal('submission'),
      id: z.string().openapi({ description: 'The lead touch' }),
      at: z.string(),
      leadId: z.string(),
      leadStatus: z.enum(LEAD_STATUSES),
      source: z.enum(LEAD_SOURCES),
      formId: z.string().nullable(),
      message: z.string().nullable(),
      fields: z.record(z.string(), z.string()),
      utm: LeadUtm.nullable(),
      consent: LeadConsent.nullable(),
      visit: TimelineVisit.nullable(),
    }),
    z.object({
      kind: z.literal('stage_change'),
      id: z.string(),
      at: z.string(),
      dealId: z.string(),
      dealName: z.string(),
      fromStage: z.string().nullable().openapi({ description: 'Null when the deal was created' }),
      toStage: z.string(),
      byUserId: z.string().nullable(),
    }),
  ])
  .openapi('TimelineItem')
export type TimelineItem = z.infer<typeof TimelineItem>

export const Timeline = z
  .object({ items: z.array(TimelineItem), nextCursor: z.string().nullable() })
  .openapi('Timeline')
export type Timeline = z.infer<typeof Timeline>

export const TimelineQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(30),
  cursor: z.string().max(200).optional(),
})
export type TimelineQuery = z.infer<typeof TimelineQuery>
