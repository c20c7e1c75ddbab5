import { z } from '@hono/zod-openapi'
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

/** The `leads` queue message: everything the consumer needs, nothing it must look up. */
export const LeadMessage = z.object({
  kind: z.literal('lead.submitted'),
  leadId: z.string(),
  tenantId: z.string(),
  brandId: z.string(),
  branchId: z.string(),
  siteId: z.string(),
  idempotencyKey: z.string(),
  submittedAt: z.string(),
  source: z.enum(LEAD_SOURCES),
  contact: z.object({ name: z.string(), email: z.string().nullable(), phone: z.string().nullable() }),
  message: z.string().nullable(),
  // Absent in messages queued before staff cards and bookings existed.
  staffId: z.string().nullish(),
  formKind: z.enum(['lead', 'booking', 'feedback']).nullish(),
  booking: BookingDetails.nullish(),
  language: z.string().nullish(),
  // The QR code the visitor arrived through (the page's `qr` parameter), for scan-to-lead conversion.
  qrCode: z.string().max(64).nullish(),
})
export type LeadMessage = z.infer<typeof LeadMessage>

export const Lead = z
  .object({
    id: z.string().openapi({ example: 'lead_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
    contactId: z.string(),
    name: z.string().openapi({ example: 'Asha Rao' }),
    email: z.string().nullable().openapi({ example: 'asha@example.com' }),
    phone: z.string().nullable(),
    message: z.string().nullable(),
    source: z.enum(LEAD_SOURCES),
    status: z.enum(LEAD_STATUSES),
    brandId: z.string(),
    branchId: z.string(),
    staffId: z.string().nullable().openapi({ description: 'The staff member whose card took the lead' }),
    booking: BookingDetails.nullable().openapi({ description: 'What a booking request asked for' }),
    createdAt: z.string().openapi({ example: '2026-11-21T09:30:00.000Z' }),
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
