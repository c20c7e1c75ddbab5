import { z } from '@hono/zod-openapi'
import { LeadConsent, LeadUtm, SPAM_REASONS } from './lead-message.ts'
import { LEAD_SOURCES, LEAD_STATUSES } from './leads.tables.ts'

/** What a visitor submits through a microsite form (urlencoded without JS, JSON with it). */
export const LeadSubmission = z
  .strictObject({
    name: z.string().trim().min(1, 'Please tell us your name').max(120),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .max(254)
      .pipe(z.email('That email address does not look right'))
      .optional(),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ()\-.]{6,24}$/, 'That phone number does not look right')
      .optional(),
    message: z.string().trim().max(2000).optional(),
    // Which form sent it: the lead form (default), a booking request or private feedback.
    formKind: z.enum(['lead', 'booking', 'feedback']).default('lead'),
    // Booking requests: one of the branch's services, and when the visitor would like to come.
    service: z.string().trim().max(120).optional(),
    preferredDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'Pick a date')
      .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), 'Pick a date')
      .optional(),
    preferredTime: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Pick a time')
      .optional(),
    // The page's language when it was not the site's default, so replies can use it.
    language: z
      .string()
      .regex(/^[a-z]{2}$/)
      .optional(),
    idempotencyKey: z
      .string()
      .regex(/^[A-Za-z0-9_-]{16,128}$/)
      .optional(),
    // Honeypot: invisible to people, filled in by naive bots.
    website: z.string().max(200).optional(),
  })
  .refine((v) => v.email || v.phone, { message: 'Leave an email address or a phone number', path: ['email'] })
  .refine((v) => v.formKind !== 'booking' || v.preferredDate, {
    message: 'Pick a date for your booking',
    path: ['preferredDate'],
  })
  .openapi('LeadSubmission')
export type LeadSubmission = z.infer<typeof LeadSubmission>

export const LeadAccepted = z
  .object({
    status: z.literal('accepted'),
    leadId: z.string().openapi({ example: 'lead_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
  })
  .openapi('LeadAccepted')

export const BookingDetails = z
  .object({
    service: z.string().nullable(),
    preferredDate: z.string().nullable(),
    preferredTime: z.string().nullable(),
  })
  .openapi('BookingDetails')
export type BookingDetails = z.infer<typeof BookingDetails>

export { LeadMessage } from './lead-message.ts'

const LeadSla = z
  .object({
    dueAt: z
      .string()
      .nullable()
      .openapi({ description: 'When a first response is due; null when no target applies' }),
    firstResponseAt: z.string().nullable(),
    breachedAt: z.string().nullable(),
    escalationLevel: z.number().int().openapi({ description: '0 none, 1 branch manager, 2 owners' }),
  })
  .openapi('LeadSla')

export const Lead = z
  .object({
    id: z.string().openapi({ example: 'lead_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
    contactId: z.string(),
    name: z.string().openapi({ example: 'Asha Rao' }),
    email: z.string().nullable().openapi({ example: 'asha@example.com' }),
    phone: z.string().nullable().openapi({ description: 'E.164', example: '+919812345678' }),
    message: z.string().nullable(),
    source: z.enum(LEAD_SOURCES),
    sourceId: z.string().nullable().openapi({ description: 'The connected lead source, if any' }),
    formId: z.string().nullable().openapi({ description: 'The microsite form, if any' }),
    externalId: z.string().nullable().openapi({ description: "The platform's own id for the lead" }),
    status: z.enum(LEAD_STATUSES),
    brandId: z.string(),
    branchId: z.string(),
    staffId: z.string().nullable().openapi({ description: 'The staff member whose card took the lead' }),
    ownerUserId: z.string().nullable().openapi({ description: 'The member the lead is assigned to' }),
    assignedAt: z.string().nullable(),
    booking: BookingDetails.nullable().openapi({ description: 'What a booking request asked for' }),
    fields: z.record(z.string(), z.string()).openapi({ description: 'Every submitted answer by field key' }),
    utm: LeadUtm.nullable(),
    consent: LeadConsent.nullable(),
    spam: z
      .object({ marked: z.boolean(), score: z.number().int(), reasons: z.array(z.enum(SPAM_REASONS)) })
      .openapi({ description: 'Spam heuristics mark leads; they are never dropped' }),
    sla: LeadSla,
    touchCount: z
      .number()
      .int()
      .openapi({ description: 'Arrivals merged into this lead, the first included' }),
    lastTouchAt: z.string(),
    createdAt: z.string().openapi({ example: '2026-11-21T09:30:00.000Z' }),
    updatedAt: z.string(),
  })
  .openapi('Lead')
export type Lead = z.infer<typeof Lead>

export const LeadList = z
  .object({
    data: z.array(Lead),
    nextCursor: z.string().nullable().openapi({ description: 'Pass as `cursor` for the next page' }),
  })
  .openapi('LeadList')
export type LeadList = z.infer<typeof LeadList>

export const ListLeadsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(200).optional(),
})
