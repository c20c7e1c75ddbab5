// The KV record behind `/q/{code}`: everything a scan needs, so the redirect is one KV read.
import { z } from 'zod'

export const qrRouteKey = (code: string) => `qr:${code}`

const Conditions = z.object({
  devices: z.array(z.enum(['ios', 'android', 'desktop'])).optional(),
  countries: z.array(z.string()).optional(),
  days: z.array(z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])).optional(),
  from: z.string().optional(),
  until: z.string().optional(),
})

/**
 * Written (put) by the QR service on every create and update of a dynamic code, deleted never:
 * an archived code keeps a record with status `archived`, so its link answers 410, not 404.
 * URLs are absolute and final (UTM tags and the `qr` attribution parameter already added).
 */
export const QrRoute = z.object({
  v: z.literal(1),
  tenantId: z.string(),
  codeId: z.string(),
  brandId: z.string().nullable(),
  branchId: z.string().nullable(),
  placement: z.string().nullable(),
  status: z.enum(['active', 'paused', 'archived']),
  // Epoch milliseconds.
  expiresAt: z.number().nullable(),
  // IANA zone the rules' days and times are read in.
  timezone: z.string(),
  url: z.string(),
  rules: z.array(Conditions.extend({ url: z.string() })),
  // The same PBKDF2 format auth.passwords writes; null when the code is open.
  passwordHash: z.string().nullable(),
  scanLimit: z.number().nullable(),
  // For the friendly pages (paused, expired, password): the brand's look, nothing private.
  brand: z.object({ name: z.string(), color: z.string(), logoUrl: z.string().nullable() }).nullable(),
})
export type QrRoute = z.infer<typeof QrRoute>
