// What the `events` queue carries for analytics, besides `qr.scan` (qr/scans/scan-event.ts):
// page views (the Worker, when it serves a page), actions (the beacon, through /a/collect),
// leads (the lead pipeline, once per stored touch) and refused beacons.
import { z } from 'zod'
import { DEVICE_TYPES } from '../../qr/qr.tables.ts'
import { ACTION_TYPES, EXCLUSIONS } from '../analytics.tables.ts'

const text = (max: number) => z.string().max(max).nullable()

export const EventUtm = z.object({
  source: text(200),
  medium: text(200),
  campaign: text(200),
  term: text(200),
  content: text(200),
})
export type EventUtm = z.infer<typeof EventUtm>

export const AnalyticsEvent = z.object({
  type: z.literal('analytics'),
  // newId('analyticsEvent') for views and actions; the touch id for leads. Redelivery counts once.
  id: z.string().min(1).max(64),
  kind: z.enum(['view', 'action', 'lead']),
  action: z.enum(ACTION_TYPES).nullable(),
  target: text(200),
  tenantId: z.string(),
  brandId: z.string().nullable(),
  branchId: z.string().nullable(),
  siteId: z.string().nullable(),
  path: text(300),
  // Epoch milliseconds.
  at: z.number(),
  referrerHost: text(253),
  utm: EventUtm,
  country: text(2),
  region: text(120),
  city: text(120),
  deviceType: z.enum(DEVICE_TYPES),
  os: text(60),
  browser: text(60),
  language: text(12),
  // visitorId(): null when the visitor sent Do-Not-Track or Global Privacy Control.
  visitor: text(64),
  excluded: z.enum(EXCLUSIONS).nullable(),
  // The short code from the page address (`?qr=`), when the visit came through a QR code.
  qrCode: text(32),
  leadId: text(64),
  // True when tenant and site came from the beacon, not from us: the consumer checks that the
  // site exists and is the tenant's before counting anything.
  unverified: z.boolean(),
})
export type AnalyticsEvent = z.infer<typeof AnalyticsEvent>

/** A beacon refused at the door (it names no tenant we could trust), counted per day and reason. */
export const AnalyticsReject = z.object({
  type: z.literal('analytics.reject'),
  reason: z.enum(['malformed', 'too_large', 'unsupported_type']),
  at: z.number(),
})
export type AnalyticsReject = z.infer<typeof AnalyticsReject>
