// The `events` queue message for one QR scan; the redirect produces it, scans/record-scans.ts consumes it.
import { z } from 'zod'
import { DEVICE_TYPES } from '../qr.tables.ts'

export const QrScanEvent = z.object({
  type: z.literal('qr.scan'),
  // newId('qrScan'): redelivery of the same message inserts nothing twice.
  id: z.string(),
  tenantId: z.string(),
  codeId: z.string(),
  brandId: z.string().nullable(),
  branchId: z.string().nullable(),
  placement: z.string().nullable(),
  // Epoch milliseconds.
  at: z.number(),
  country: z.string().nullable(),
  region: z.string().nullable(),
  city: z.string().nullable(),
  deviceType: z.enum(DEVICE_TYPES),
  os: z.string().nullable(),
  browser: z.string().nullable(),
  referrerHost: z.string().nullable(),
  language: z.string().nullable(),
  isBot: z.boolean(),
  visitorHash: z.string(),
  // Analytics' tenant-wide daily visitor hash (see lib/request-facts.ts); absent in older messages,
  // null under Do-Not-Track/GPC.
  visitor: z.string().nullish(),
  ruleIndex: z.number().nullable(),
})
export type QrScanEvent = z.infer<typeof QrScanEvent>
